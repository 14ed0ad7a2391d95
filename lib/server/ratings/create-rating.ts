import "server-only";
import { db, getDbProvider, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZCreateRatingInput, type CreateRatingInput } from "@/lib/validation/admin";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";

/** What the admin screens and API show of a rating. */
export const ADMIN_RATING_SELECT = {
  id: true,
  label: true,
  position: true,
  ratingValue: true,
  bestRating: true,
  worstRating: true,
  alternateName: true,
  retired: true,
  requiresSources: true,
} as const;

// An arbitrary constant naming the verdict-scale lock on PostgreSQL.
const SCALE_LOCK_KEY = 727_002;

/**
 * Serialises edits of the verdict scale, so that two managers cannot both pass the
 * label and ordering checks against the same snapshot (SQLite serialises writers itself).
 */
export async function lockVerdictScale(tx: Tx): Promise<void> {
  if (getDbProvider() === "postgresql") {
    await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${SCALE_LOCK_KEY})::text`);
  }
}

/** Refuses a label another rating already has in any letter case (the label is a name people pick). */
export async function assertLabelAvailable(tx: Tx, label: string, exceptId?: string): Promise<void> {
  const ratings = await tx.rating.findMany({ select: { id: true, label: true } });
  const wanted = label.toLowerCase();
  if (ratings.some((r) => r.id !== exceptId && r.label.toLowerCase() === wanted)) throw duplicateLabel();
}

export function duplicateLabel(): AppError {
  const message = "Another rating already has this label.";
  return new AppError("validation", message, { issues: [{ path: "label", message }] });
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Adds a rating at the end of the verdict scale. */
export async function createRating(rawInput: CreateRatingInput, actor: Actor) {
  const input = parseInput(ZCreateRatingInput, rawInput);
  assertAllowed(actor, "scale.manage");
  const data = { ...input, alternateName: input.alternateName || input.label };
  return db
    .$transaction(async (tx) => {
      await lockVerdictScale(tx);
      await assertLabelAvailable(tx, data.label);
      const last = await tx.rating.aggregate({ _max: { position: true } });
      const rating = await tx.rating.create({
        data: { ...data, position: (last._max.position ?? 0) + 1 },
        select: ADMIN_RATING_SELECT,
      });
      const { id: ratingId, retired: _retired, ...fields } = rating;
      await appendAuditEvents(tx, [
        { actorId: actor.id, action: "rating.created", after: { ratingId, ...fields } },
      ]);
      return rating;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw duplicateLabel();
      throw error;
    });
}
