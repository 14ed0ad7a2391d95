import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZRetireRatingInput, type RetireRatingInput } from "@/lib/validation/admin";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { ADMIN_RATING_SELECT, lockVerdictScale } from "@/lib/server/ratings/create-rating";

/**
 * Retires a rating (`retired: true`) or puts it back in use. A retired rating stays on the
 * verdicts that used it but cannot be chosen for a new one, so ratings are never deleted.
 */
export async function retireRating(ratingId: string, rawInput: RetireRatingInput, actor: Actor) {
  const { retired } = parseInput(ZRetireRatingInput, rawInput);
  assertAllowed(actor, "scale.manage");
  return db.$transaction(async (tx) => {
    await lockVerdictScale(tx);
    const rating = await tx.rating.findUnique({ where: { id: ratingId }, select: ADMIN_RATING_SELECT });
    if (!rating) throw notFound("The rating");
    if (rating.retired === retired) return rating;
    if (retired && (await tx.rating.count({ where: { retired: false } })) <= 1) {
      throw new AppError(
        "validation",
        "Keep at least one rating in use, or no verdict could be proposed. Add or restore another first.",
        { issues: [{ path: "retired", message: "This is the last rating in use." }] },
      );
    }
    const updated = await tx.rating.update({
      where: { id: ratingId },
      data: { retired },
      select: ADMIN_RATING_SELECT,
    });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: retired ? "rating.retired" : "rating.restored",
        before: { ratingId, retired: !retired },
        after: { ratingId, retired },
      },
    ]);
    return updated;
  });
}
