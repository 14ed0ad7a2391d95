import "server-only";
import { lockArticleOfClaim } from "@/lib/server/articles/article-lock";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZVerdictInput } from "@/lib/validation/claims";
import type { z } from "zod";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { loadApprovedVerdict, loadClaim } from "@/lib/server/claims/load-claim";
import { planArticleCorrections } from "@/lib/server/corrections/correction-steps";
import { getClaimDetail, type ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { signalArticle } from "@/lib/server/live/article-signals";

/**
 * Proposes a verdict (rating + rationale + cited sources) on a claim being researched.
 * A new proposal supersedes the open one; no proposal is ever deleted. Changing a verdict
 * after the article was cleared needs a public correction note.
 */
export async function proposeVerdict(
  claimId: string,
  rawInput: z.input<typeof ZVerdictInput>,
  actor: Actor,
): Promise<ClaimDetail> {
  const input = parseInput(ZVerdictInput, rawInput);
  assertAllowed(actor, "verdict.propose");
  const articleId = await db.$transaction(async (tx) => {
    await lockArticleOfClaim(tx, claimId);
    const claim = await loadClaim(claimId, tx);
    if (claim.status !== "RESEARCHING") {
      throw new AppError(
        "conflict",
        "Verdicts are proposed while a claim is being researched; pick it up first.",
      );
    }
    if (actor.role === "CHECKER" && claim.assigneeId !== actor.id) {
      throw new AppError(
        "forbidden",
        "Only the assigned fact-checker or a manager proposes a verdict on this claim.",
      );
    }
    const rating = await resolveRating(tx, input.rating);
    const sourceIds = [...new Set(input.sourceIds)];
    const found = await tx.source.count({ where: { id: { in: sourceIds }, claimId } });
    if (found !== sourceIds.length) {
      throw new AppError("validation", "Cite only sources attached to this claim.", {
        issues: [{ path: "sourceIds", message: "Some sources are not attached to this claim." }],
      });
    }
    if (rating.requiresSources && sourceIds.length === 0) {
      throw new AppError("validation", "Cite at least one source, or rate the claim Unverifiable.", {
        issues: [{ path: "sourceIds", message: "Cite at least one source, or rate the claim Unverifiable." }],
      });
    }
    const correctionNote = await verdictCorrectionNote(tx, claim, {
      rating: rating.label,
      rationale: input.rationale,
      note: input.correctionNote,
    });
    const superseded = await tx.verdict.updateMany({
      where: { claimId, state: "PROPOSED" },
      data: { state: "SUPERSEDED", decidedAt: new Date() },
    });
    const verdict = await tx.verdict.create({
      data: {
        claimId,
        ratingId: rating.id,
        rationale: input.rationale,
        correctionNote,
        proposedById: actor.id,
        sources: { create: sourceIds.map((sourceId) => ({ sourceId })) },
      },
    });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "verdict.proposed",
        articleId: claim.articleId,
        claimId,
        after: {
          verdictId: verdict.id,
          rating: rating.label,
          rationale: input.rationale,
          sourceIds,
          ...(correctionNote ? { correctionNote } : {}),
        },
        ...(superseded.count > 0 ? { reason: "supersedes the previous proposal" } : {}),
      },
    ]);
    return claim.articleId;
  });
  signalArticle({ kind: "claims", articleId, claimIds: [claimId] });
  return getClaimDetail(claimId, actor);
}

/**
 * A proposal that would change a verdict readers of a cleared article have seen must carry
 * the public correction note (recorded as a correction when the verdict is approved).
 */
async function verdictCorrectionNote(
  tx: Tx,
  claim: { id: string; articleId: string; article: { firstClearedAt: Date | null } },
  proposal: { rating: string; rationale: string; note: string | null },
): Promise<string | null> {
  const { firstClearedAt } = claim.article;
  const published = firstClearedAt ? await loadApprovedVerdict(claim.id, tx) : null;
  if (!published) return null;
  const steps = await planArticleCorrections(tx, {
    articleId: claim.articleId,
    firstClearedAt,
    changes: [
      {
        claimId: claim.id,
        kind: "VERDICT",
        before: published,
        after: { rating: proposal.rating, rationale: proposal.rationale },
      },
    ],
    note: proposal.note,
  });
  return steps.length > 0 ? proposal.note : null;
}

async function resolveRating(tx: Pick<Tx, "rating">, value: string) {
  const ratings = await tx.rating.findMany({ where: { retired: false } });
  const wanted = value.trim().toLowerCase();
  const rating = ratings.find((r) => r.id === value || r.label.toLowerCase() === wanted);
  if (!rating) {
    throw new AppError("validation", "Choose a rating from the verdict scale.", {
      issues: [
        {
          path: "rating",
          message: `Not a current rating. Choose one of: ${ratings.map((r) => r.label).join(", ")}.`,
        },
      ],
    });
  }
  return rating;
}
