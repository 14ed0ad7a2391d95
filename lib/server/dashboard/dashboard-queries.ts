import "server-only";
// The dashboard's live queries, in SQL per engine, over the days not rolled up (today, and
// every day when the rollup is bypassed): the database sums, so the app never loads claims
// or events row by row — except today's approved verdicts, which are few.
import { db } from "@/lib/db";
import type { VerifiedCount } from "@/lib/domain/dashboard/figures";
import type { StatusDelta } from "@/lib/domain/dashboard/status-series";
import {
  currentEngine,
  instant,
  instantParam,
  jsonText,
  millisBetween,
  toNumber,
  utcDay,
} from "@/lib/server/dashboard/dashboard-sql";

/** One approved verdict's time from marking to approval, credited to its proposer. */
export interface LiveDuration {
  checkerId: string;
  ms: number;
}

/**
 * How claims moved between statuses on each UTC day from `since` on: +1 for the status a
 * claim entered, −1 for the one it left (status changes in the audit trail, new claims
 * entering OPEN, removed claims leaving theirs). Moves at or after `until` come back as one
 * bucket with day null. Events are grouped by their JSON first and parsed after, so the
 * JSON of each distinct change is read once, not once per event.
 */
export async function loadStatusDeltas(since: Date, until: Date): Promise<StatusDelta[]> {
  const engine = currentEngine();
  const p = (n: number) => instantParam(engine, n);
  const dayOrAfter = (column: string, n: number) =>
    `CASE WHEN ${column} >= ${p(n)} THEN NULL ELSE ${utcDay(engine, column)} END`;
  const changes = `
    SELECT g.day AS day, ${jsonText(engine, "g.before_state", "status")} AS left_status,
           ${jsonText(engine, "g.after_state", "status")} AS entered_status, g.n AS n
    FROM (
      SELECT ${dayOrAfter('"at"', 1)} AS day, "before" AS before_state, "after" AS after_state, COUNT(*) AS n
      FROM "AuditEvent" WHERE "action" = 'claim.status_changed' AND "at" >= ${p(2)}
      GROUP BY 1, 2, 3
    ) g`;
  const arrivals = `
    SELECT ${dayOrAfter('"createdAt"', 1)} AS day, 'OPEN' AS status, COUNT(*) AS n
      FROM "Claim" WHERE "createdAt" >= ${p(2)} GROUP BY 1
    UNION ALL
    SELECT ${dayOrAfter('"removedAt"', 3)}, CAST("status" AS TEXT), -COUNT(*)
      FROM "Claim" WHERE "removedAt" >= ${p(4)} GROUP BY 1, 2`;
  const s = instant(engine, since);
  const u = instant(engine, until);
  const [moved, arrived] = await Promise.all([
    db.$queryRawUnsafe<
      { day: string | null; left_status: string | null; entered_status: string | null; n: unknown }[]
    >(changes, u, s),
    db.$queryRawUnsafe<{ day: string | null; status: string; n: unknown }[]>(arrivals, u, s, u, s),
  ]);
  const deltas: StatusDelta[] = [];
  for (const row of moved) {
    const n = toNumber(row.n);
    if (row.entered_status) deltas.push({ day: row.day, status: row.entered_status, delta: n });
    if (row.left_status) deltas.push({ day: row.day, status: row.left_status, delta: -n });
  }
  for (const row of arrived) deltas.push({ day: row.day, status: row.status, delta: toNumber(row.n) });
  return deltas;
}

/** Claims verified (a verdict approved for good) per UTC day and checker (its proposer). */
export async function loadVerifiedCounts(since: Date, until: Date): Promise<VerifiedCount[]> {
  const engine = currentEngine();
  const sql = `
    SELECT ${utcDay(engine, '"decidedAt"')} AS day, "proposedById" AS checker, COUNT(*) AS n
    FROM "Verdict"
    WHERE "state" = 'APPROVED' AND "decidedAt" >= ${instantParam(engine, 1)} AND "decidedAt" < ${instantParam(engine, 2)}
    GROUP BY 1, 2`;
  const rows = await db.$queryRawUnsafe<{ day: string; checker: string; n: unknown }[]>(
    sql,
    instant(engine, since),
    instant(engine, until),
  );
  return rows.map((r) => ({ day: r.day, checkerId: r.checker, count: toNumber(r.n) }));
}

/**
 * For each verdict approved from `since` to `until`: the whole milliseconds from the
 * claim's marking to the approval, and the checker credited. Used for the days not rolled
 * up, so a handful of rows.
 */
export async function loadLiveDurations(since: Date, until: Date): Promise<LiveDuration[]> {
  const engine = currentEngine();
  const sql = `
    SELECT v."proposedById" AS checker, ${millisBetween(engine, 'c."createdAt"', 'v."decidedAt"')} AS ms
    FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
    WHERE v."state" = 'APPROVED' AND v."decidedAt" >= ${instantParam(engine, 1)} AND v."decidedAt" < ${instantParam(engine, 2)}`;
  const rows = await db.$queryRawUnsafe<{ checker: string; ms: unknown }[]>(
    sql,
    instant(engine, since),
    instant(engine, until),
  );
  return rows.map((r) => ({ checkerId: r.checker, ms: toNumber(r.ms) }));
}
