import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { decideArticleTransition, type ArticleStatus } from "@/lib/domain/workflow/article-gate";
import { parseInput } from "@/lib/validation/issues";
import { ZArticleTransitionInput } from "@/lib/validation/claims";
import type { z } from "zod";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { toWorkflowError } from "@/lib/server/claims/workflow-error";
import { publishPendingCorrections } from "@/lib/server/corrections/correction-steps";
import { lockArticle } from "@/lib/server/articles/article-lock";
import { closeEditBursts } from "@/lib/server/articles/edit-bursts";
import { signalArticle } from "@/lib/server/live/article-signals";

/**
 * The publish gate: request a check, withdraw, clear (only when every claim is settled),
 * reopen. The first clearance starts the corrections log; every clearance publishes the
 * corrections recorded since the one before.
 */
export async function transitionArticle(
  articleId: string,
  rawInput: z.input<typeof ZArticleTransitionInput>,
  actor: Actor,
): Promise<{ id: string; status: ArticleStatus }> {
  const input = parseInput(ZArticleTransitionInput, rawInput);
  assertAllowed(actor, "article.view");
  const result = await db.$transaction(async (tx) => {
    if (!(await lockArticle(tx, articleId))) throw notFound("The article");
    const article = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        status: true,
        version: true,
        firstClearedAt: true,
        claims: {
          where: { removedAt: null },
          select: { id: true, status: true, orphaned: true, quote: true },
        },
      },
    });
    const unnoted = await claimsAwaitingCorrectionNote(tx, articleId);
    const decision = decideArticleTransition({
      status: article.status,
      to: input.to,
      actor: { id: actor.id, role: actor.role },
      claims: article.claims.map((c) => ({ ...c, needsCorrectionNote: unnoted.has(c.id) })),
    });
    if (!decision.ok) throw toWorkflowError(decision);
    const clearing = decision.nextStatus === "CLEARED";
    const now = new Date();
    const updated = await tx.article.updateMany({
      where: { id: articleId, status: article.status },
      data: {
        status: decision.nextStatus,
        updatedById: actor.id,
        ...(clearing && !article.firstClearedAt ? { firstClearedAt: now } : {}),
      },
    });
    if (updated.count !== 1)
      throw new AppError("conflict", "The article's status changed just now. Reload to see it.");
    // Clearing publishes the corrections recorded since the last clearance.
    const published = clearing ? await publishPendingCorrections(tx, articleId, now) : 0;
    // The edits before the gate moved come first in the trail.
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
        action: "article.status_changed",
        articleId,
        before: { status: article.status },
        after: { status: decision.nextStatus, ...(published > 0 ? { correctionsPublished: published } : {}) },
      },
    ]);
    return { id: articleId, status: decision.nextStatus };
  });
  signalArticle({ kind: "article", articleId });
  return result;
}

/** Claims covered by a pending correction that still needs its public note. */
async function claimsAwaitingCorrectionNote(
  tx: Pick<Tx, "correction">,
  articleId: string,
): Promise<Set<string>> {
  const rows = await tx.correction.findMany({
    where: { articleId, publishedAt: null, note: "" },
    select: { claimId: true, claims: { select: { claimId: true } } },
  });
  return new Set(rows.flatMap((r) => [r.claimId, ...r.claims.map((c) => c.claimId)]));
}
