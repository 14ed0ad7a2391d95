import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { authorizeCorrectionNote } from "@/lib/domain/permissions";
import { parseInput } from "@/lib/validation/issues";
import { ZNoteCorrectionInput, type NoteCorrectionInput } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { lockArticle } from "@/lib/server/articles/article-lock";
import { signalArticle } from "@/lib/server/live/article-signals";

/**
 * Gives a pending correction its public note (edits land at once; the note follows, and
 * the article cannot be cleared again until every correction has one), or rewords it.
 * A published correction never changes.
 */
export async function noteCorrection(
  correctionId: string,
  rawInput: NoteCorrectionInput,
  actor: Actor,
): Promise<{ id: string; note: string }> {
  const { note } = parseInput(ZNoteCorrectionInput, rawInput);
  const found = await db.correction.findUnique({ where: { id: correctionId }, select: { articleId: true } });
  if (!found) throw notFound("The correction");
  const { articleId } = found;
  await db.$transaction(async (tx) => {
    await lockArticle(tx, articleId);
    const correction = await tx.correction.findUniqueOrThrow({
      where: { id: correctionId },
      select: { note: true, authorId: true, claimId: true, publishedAt: true },
    });
    const decision = authorizeCorrectionNote(actor, correction);
    if (!decision.ok) throw new AppError("forbidden", decision.reason);
    if (correction.publishedAt) {
      throw new AppError("conflict", "This correction has been published; its note can no longer change.");
    }
    if (correction.note === note) return;
    await tx.correction.update({ where: { id: correctionId }, data: { note } });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "correction.updated",
        articleId,
        claimId: correction.claimId,
        before: { correctionId, note: correction.note },
        after: { correctionId, note },
      },
    ]);
  });
  signalArticle({ kind: "article", articleId });
  return { id: correctionId, note };
}
