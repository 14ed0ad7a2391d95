import "server-only";
import { lockArticleOfSource } from "@/lib/server/articles/article-lock";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { assertSourceChangeAllowed } from "@/lib/server/sources/assert-source-change";
import { assertSourcesEditable } from "@/lib/server/sources/source-lock";
import { auditedSourceFields } from "@/lib/server/sources/source-fields";
import { signalArticle } from "@/lib/server/live/article-signals";

/** Removes a source, unless a verdict (any proposal, kept for the record) cites it. */
export async function removeSource(sourceId: string, actor: Actor): Promise<void> {
  assertAllowed(actor, "source.manage");
  const { articleId, claimId } = await db.$transaction(async (tx) => {
    await lockArticleOfSource(tx, sourceId);
    const source = await tx.source.findUnique({
      where: { id: sourceId },
      include: {
        claim: { select: { status: true, articleId: true, removedAt: true, assigneeId: true } },
        citedBy: {
          select: { verdict: { select: { rating: { select: { label: true } }, createdAt: true } } },
        },
      },
    });
    if (!source || source.claim.removedAt) throw notFound("The source");
    assertSourceChangeAllowed(actor, source.claim);
    assertSourcesEditable(source.claim.status);
    const citing = source.citedBy[0]?.verdict;
    if (citing) {
      throw new AppError(
        "conflict",
        `This source is cited by the verdict “${citing.rating.label}” proposed ${citing.createdAt.toISOString().slice(0, 10)}; verdicts are kept as evidence, so it cannot be removed.`,
      );
    }
    await tx.source.delete({ where: { id: sourceId } });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "source.removed",
        articleId: source.claim.articleId,
        claimId: source.claimId,
        before: { sourceId, ...auditedSourceFields(source) },
      },
    ]);
    return { articleId: source.claim.articleId, claimId: source.claimId };
  });
  signalArticle({ kind: "claims", articleId, claimIds: [claimId] });
}
