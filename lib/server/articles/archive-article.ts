import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZArchiveArticleInput, type ArchiveArticleInput } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { lockArticle } from "@/lib/server/articles/article-lock";
import { closeEditBursts } from "@/lib/server/articles/edit-bursts";
import { signalArticle } from "@/lib/server/live/article-signals";

export interface ArchiveResult {
  id: string;
  archivedAt: string | null;
  archivedBy: { id: string; name: string } | null;
}

/**
 * Spikes an article: off the desk and the queues, read-only for everyone, never deleted.
 * Under the article's lock, so an edit racing it lands before it or is refused after it.
 */
export async function archiveArticle(
  articleId: string,
  rawInput: ArchiveArticleInput,
  actor: Actor,
): Promise<ArchiveResult> {
  return setArchived(articleId, rawInput, actor, true);
}

/** Brings a spiked article back to the desk and the queues, editable again. */
export async function restoreArticle(
  articleId: string,
  rawInput: ArchiveArticleInput,
  actor: Actor,
): Promise<ArchiveResult> {
  return setArchived(articleId, rawInput, actor, false);
}

async function setArchived(
  articleId: string,
  rawInput: ArchiveArticleInput,
  actor: Actor,
  spike: boolean,
): Promise<ArchiveResult> {
  const input = parseInput(ZArchiveArticleInput, rawInput ?? {});
  assertAllowed(actor, "article.archive");
  const result = await db.$transaction(async (tx) => {
    if (!(await lockArticle(tx, articleId, { allowSpiked: true }))) throw notFound("The article");
    const article = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { version: true, archivedAt: true, archivedById: true },
    });
    if (spike && article.archivedAt)
      throw new AppError("conflict", "This article is already spiked. Reload to see it.");
    if (!spike && !article.archivedAt)
      throw new AppError("conflict", "This article is not spiked. Reload to see it.");
    const now = new Date();
    const updated = await tx.article.update({
      where: { id: articleId },
      data: spike
        ? { archivedAt: now, archivedById: actor.id, updatedById: actor.id }
        : { archivedAt: null, archivedById: null, updatedById: actor.id },
      select: { archivedAt: true, archivedBy: { select: { id: true, name: true } } },
    });
    // The edits made before the spike come first in the trail.
    const edits = await closeEditBursts(tx, {
      articleId,
      snapshot: {
        version: article.version,
        doc: async () =>
          (await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { doc: true } })).doc,
      },
    });
    await appendAuditEvents(tx, [
      ...edits,
      {
        actorId: actor.id,
        action: spike ? "article.archived" : "article.restored",
        articleId,
        before: {
          archivedAt: article.archivedAt?.toISOString() ?? null,
          archivedById: article.archivedById,
        },
        after: {
          archivedAt: updated.archivedAt?.toISOString() ?? null,
          archivedById: updated.archivedBy?.id ?? null,
        },
        ...(input.note ? { reason: input.note } : {}),
      },
    ]);
    return {
      id: articleId,
      archivedAt: updated.archivedAt?.toISOString() ?? null,
      archivedBy: updated.archivedBy,
    };
  });
  signalArticle({ kind: "article", articleId });
  return result;
}
