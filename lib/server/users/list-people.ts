import "server-only";
import { db } from "@/lib/db";
import { mentionHandleOf } from "@/lib/domain/comments/mentions";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";

/** Active colleagues, for assigning claims and @mention autocomplete. */
export async function listPeople(actor: Actor) {
  assertAllowed(actor, "article.view");
  const users = await db.user.findMany({
    where: { disabled: false },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true, email: true },
  });
  return users.map(({ email, ...u }) => ({ ...u, handle: mentionHandleOf(email) }));
}
