import "server-only";
import { db } from "@/lib/db";
import { extractMentionHandles, mentionHandleOf } from "@/lib/domain/comments/mentions";
import { parseInput } from "@/lib/validation/issues";
import { ZCommentInput } from "@/lib/validation/claims";
import type { z } from "zod";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { notify } from "@/lib/server/notifications/notify";
import { loadClaim } from "@/lib/server/claims/load-claim";
import { signalArticle } from "@/lib/server/live/article-signals";
import { lockArticleOfClaim } from "@/lib/server/articles/article-lock";

/** Adds a comment to a claim's discussion; @handles notify the people they name. */
export async function addComment(claimId: string, rawInput: z.input<typeof ZCommentInput>, actor: Actor) {
  const input = parseInput(ZCommentInput, rawInput);
  assertAllowed(actor, "comment.add");
  const { comment, articleId } = await db.$transaction(async (tx) => {
    // The lock refuses a comment on a spiked article (read-only).
    await lockArticleOfClaim(tx, claimId);
    const claim = await loadClaim(claimId, tx);
    const handles = new Set(extractMentionHandles(input.body));
    const mentioned =
      handles.size === 0
        ? []
        : (await tx.user.findMany({ where: { disabled: false }, select: { id: true, email: true } })).filter(
            (u) => handles.has(mentionHandleOf(u.email)),
          );
    const comment = await tx.comment.create({
      data: { claimId, authorId: actor.id, body: input.body },
      include: { author: { select: { id: true, name: true } } },
    });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "comment.added",
        articleId: claim.articleId,
        claimId,
        after: { commentId: comment.id, body: input.body, mentioned: mentioned.map((u) => u.id) },
      },
    ]);
    await notify(
      tx,
      mentioned.map((u) => ({
        userId: u.id,
        kind: "mentioned" as const,
        claimId,
        actorId: actor.id,
        message: `${actor.name} mentioned you on “${claim.quote}”.`,
      })),
    );
    return {
      articleId: claim.articleId,
      comment: {
        id: comment.id,
        body: comment.body,
        author: comment.author,
        createdAt: comment.createdAt.toISOString(),
      },
    };
  });
  signalArticle({ kind: "claims", articleId, claimIds: [claimId] });
  return comment;
}
