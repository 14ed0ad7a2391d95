import "server-only";
import { notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZPresenceInput } from "@/lib/validation/presence";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { updatePresenceSelection } from "@/lib/server/live/presence-registry";

/**
 * POST …/presence: where this person's caret is in the article. Applied by whichever
 * process holds the session's event stream; a session with no open stream is ignored (its
 * stream joins it). No database read: it comes several times a second while someone types.
 */
export function updatePresence(articleId: string, rawInput: unknown, actor: Actor): void {
  assertAllowed(actor, "article.view");
  const input = parseInput(ZPresenceInput, rawInput);
  // Ids are UUIDs; anything else names no article (and must not bloat a signal).
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(articleId)) throw notFound("The article");
  updatePresenceSelection(articleId, input.clientId, actor.id, input.selection);
}
