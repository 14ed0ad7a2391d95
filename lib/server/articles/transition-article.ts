import "server-only";
import { db } from "@/lib/db";
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
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: {
        status: true,
        firstClearedAt: true,
        claims: {
          where: { removedAt: null },
          select: { id: true, status: true, orphaned: true, quote: true },
        },
      },
    });
    if (!article) throw notFound("The article");
    const decision = decideArticleTransition({
      status: article.status,
      to: input.to,
      actor: { id: actor.id, role: actor.role },
      claims: article.claims.map((c) => ({ ...c, status: c.status })),
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
    await appendAuditEvents(tx, [
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
}
