import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { decideReconfirmation } from "@/lib/domain/verdicts/reconfirm";
import { parseInput } from "@/lib/validation/issues";
import { ZReconfirmInput, type ReconfirmInput } from "@/lib/validation/claims";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { lockArticleOfClaim } from "@/lib/server/articles/article-lock";
import { appendAuditEvents, type AuditEventInput } from "@/lib/server/audit/append-audit-events";
import { notify } from "@/lib/server/notifications/notify";
import { getClaimDetail, type ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { signalArticle } from "@/lib/server/live/article-signals";

export const RECONFIRMED_REASON = "verdict re-confirmed for the new words";

/**
 * Re-confirms a claim's approved verdict for the words the claim reads now, which differ
 * from the words the verdict checked: `quote` is what the reviewer read, and if the words
 * changed again meanwhile nothing is written (409 `quote_changed` with `currentQuote`).
 * A claim the system reopened because its words changed is verified again. One
 * `verdict.reconfirmed` event records the checked words before and the words re-confirmed.
 */
export async function reconfirmVerdict(
  claimId: string,
  rawInput: ReconfirmInput,
  actor: Actor,
): Promise<ClaimDetail> {
  const input = parseInput(ZReconfirmInput, rawInput);
  assertAllowed(actor, "verdict.reconfirm");
  const articleId = await db.$transaction(async (tx) => {
    // Under the article's lock: an edit of the claim's words, or another reviewer's
    // re-confirmation, lands wholly before or after this one, never in between.
    await lockArticleOfClaim(tx, claimId);
    const claim = await tx.claim.findFirst({
      where: { id: claimId, removedAt: null },
      select: {
        id: true,
        articleId: true,
        quote: true,
        checkedQuote: true,
        status: true,
        statusReason: true,
        orphaned: true,
      },
    });
    if (!claim) throw notFound("The claim");
    const [verdict, openProposals] = await Promise.all([
      tx.verdict.findFirst({
        where: { claimId, state: "APPROVED" },
        orderBy: { createdAt: "desc" },
        select: { id: true, proposedById: true, rating: { select: { label: true } } },
      }),
      tx.verdict.count({ where: { claimId, state: "PROPOSED" } }),
    ]);
    const decision = decideReconfirmation(
      { claim, verdict, hasOpenProposal: openProposals > 0, actor: { id: actor.id, role: actor.role } },
      input.quote,
    );
    if (!decision.ok) {
      throw new AppError(decision.code, decision.message, {
        details: decision.code === "quote_changed" ? { currentQuote: claim.quote } : undefined,
      });
    }
    if (!verdict || claim.checkedQuote === null) throw new Error("unreachable: decided without a verdict");

    const statusChanges = decision.nextStatus !== claim.status;
    await tx.claim.update({
      where: { id: claimId },
      data: {
        checkedQuote: claim.quote,
        status: decision.nextStatus,
        ...(statusChanges ? { statusReason: null } : {}),
      },
    });
    const base = { actorId: actor.id, articleId: claim.articleId, claimId } as const;
    const events: AuditEventInput[] = [
      {
        ...base,
        action: "verdict.reconfirmed",
        before: { verdictId: verdict.id, checkedQuote: claim.checkedQuote },
        after: { verdictId: verdict.id, rating: verdict.rating.label, checkedQuote: claim.quote },
      },
    ];
    if (statusChanges) {
      events.push({
        ...base,
        action: "claim.status_changed",
        before: { status: claim.status },
        after: { status: decision.nextStatus },
        reason: RECONFIRMED_REASON,
      });
    }
    await appendAuditEvents(tx, events);
    await notify(tx, [
      {
        userId: verdict.proposedById,
        kind: "approved",
        claimId,
        actorId: actor.id,
        message: `${actor.name} re-confirmed your verdict “${verdict.rating.label}” for the new words “${claim.quote}”.`,
      },
    ]);
    return claim.articleId;
  });
  signalArticle({ kind: "claims", articleId, claimIds: [claimId] });
  return getClaimDetail(claimId, actor);
}
