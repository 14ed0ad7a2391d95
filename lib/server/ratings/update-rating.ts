import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { claimReviewRangeIssues, ZUpdateRatingInput, type UpdateRatingInput } from "@/lib/validation/admin";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import {
  ADMIN_RATING_SELECT,
  assertLabelAvailable,
  duplicateLabel,
  isUniqueViolation,
  lockVerdictScale,
} from "@/lib/server/ratings/create-rating";

const EDITABLE = [
  "label",
  "alternateName",
  "ratingValue",
  "bestRating",
  "worstRating",
  "requiresSources",
] as const;
type Editable = (typeof EDITABLE)[number];

/**
 * Renames a rating or changes its ClaimReview mapping. Verdicts point at the rating, so
 * old verdicts show (and export) the rating as it is now; the audit trail keeps what it was.
 */
export async function updateRating(ratingId: string, rawInput: UpdateRatingInput, actor: Actor) {
  const input = parseInput(ZUpdateRatingInput, rawInput);
  assertAllowed(actor, "scale.manage");
  return db
    .$transaction(async (tx) => {
      await lockVerdictScale(tx);
      const rating = await tx.rating.findUnique({ where: { id: ratingId }, select: ADMIN_RATING_SELECT });
      if (!rating) throw notFound("The rating");
      const changed = EDITABLE.filter((key) => input[key] !== undefined && input[key] !== rating[key]);
      if (changed.length === 0) return rating;

      const next = { ...rating };
      for (const key of changed) Object.assign(next, { [key]: input[key] });
      const rangeIssues = claimReviewRangeIssues(next);
      if (rangeIssues.length > 0) {
        throw new AppError("validation", "The ClaimReview numbers do not fit together.", {
          issues: rangeIssues,
        });
      }
      if (changed.includes("label")) await assertLabelAvailable(tx, next.label, ratingId);

      const data = pick(next, changed);
      const updated = await tx.rating.update({ where: { id: ratingId }, data, select: ADMIN_RATING_SELECT });
      await appendAuditEvents(tx, [
        {
          actorId: actor.id,
          action: "rating.updated",
          before: { ratingId, ...pick(rating, changed) },
          after: { ratingId, ...data },
        },
      ]);
      return updated;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw duplicateLabel();
      throw error;
    });
}

function pick<T extends Record<Editable, string | number | boolean>>(
  row: T,
  keys: readonly Editable[],
): Partial<Pick<T, Editable>> {
  const picked: Partial<Pick<T, Editable>> = {};
  for (const key of keys) Object.assign(picked, { [key]: row[key] });
  return picked;
}
