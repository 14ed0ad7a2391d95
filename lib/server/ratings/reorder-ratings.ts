import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZReorderRatingsInput, type ReorderRatingsInput } from "@/lib/validation/admin";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { ADMIN_RATING_SELECT, lockVerdictScale } from "@/lib/server/ratings/create-rating";

/**
 * Puts the verdict scale in the given order (positions 1..n). The list must name every
 * rating, retired ones included, exactly once: a list built from a stale page is refused
 * rather than guessed at.
 */
export async function reorderRatings(rawInput: ReorderRatingsInput, actor: Actor) {
  const { ratingIds } = parseInput(ZReorderRatingsInput, rawInput);
  assertAllowed(actor, "scale.manage");
  return db.$transaction(async (tx) => {
    await lockVerdictScale(tx);
    const current = await tx.rating.findMany({
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    const known = new Set(current.map((r) => r.id));
    if (ratingIds.length !== current.length || !ratingIds.every((id) => known.has(id))) {
      throw new AppError(
        "conflict",
        "The verdict scale changed since it was loaded. Reload it and try again.",
        {
          issues: [{ path: "ratingIds", message: "List every rating of the scale exactly once." }],
        },
      );
    }
    const before = current.map((r) => r.id);
    const positionOf = new Map(current.map((r) => [r.id, r.position]));
    const moved = ratingIds
      .map((id, index) => ({ id, position: index + 1 }))
      .filter((r) => positionOf.get(r.id) !== r.position);
    for (const { id, position } of moved) {
      await tx.rating.update({ where: { id }, data: { position } });
    }
    if (before.some((id, index) => ratingIds[index] !== id)) {
      await appendAuditEvents(tx, [
        {
          actorId: actor.id,
          action: "ratings.reordered",
          before: { order: before },
          after: { order: ratingIds },
        },
      ]);
    }
    return tx.rating.findMany({ orderBy: { position: "asc" }, select: ADMIN_RATING_SELECT });
  });
}
