import "server-only";
// The dashboard's aggregate queries, in SQL per engine: the database sums and ranks, so the
// app never loads claims or events row by row (README, "Dashboard").
import { db, getDbProvider } from "@/lib/db";
import { percentileRankSql } from "@/lib/domain/dashboard/percentile";
import type { RankedDuration, VerifiedCount } from "@/lib/domain/dashboard/figures";
import type { StatusDelta } from "@/lib/domain/dashboard/status-series";

type Engine = "sqlite" | "postgresql";

/** An instant as the engine compares it: SQLite stores Prisma's ISO text with "+00:00". */
function instant(engine: Engine, at: Date): string {
  return engine === "sqlite" ? at.toISOString().replace("Z", "+00:00") : at.toISOString();
}

/** A bound parameter: `?` on SQLite, `$n` cast to a timestamp on PostgreSQL. */
function param(engine: Engine, n: number): string {
  return engine === "sqlite" ? "?" : `$${n}::timestamp`;
}

function utcDay(engine: Engine, column: string): string {
  return engine === "sqlite" ? `substr(${column}, 1, 10)` : `to_char(${column}, 'YYYY-MM-DD')`;
}

function jsonText(engine: Engine, column: string, key: string): string {
  return engine === "sqlite" ? `json_extract(${column}, '$.${key}')` : `(${column} ->> '${key}')`;
}

function toNumber(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : Number(value);
}

/**
 * How claims moved between statuses on each UTC day from `since` on: +1 for the status a
 * claim entered, −1 for the one it left (status changes in the audit trail, new claims
 * entering OPEN, removed claims leaving theirs). Moves at or after `until` come back as one
 * bucket with day null. Events are grouped by their JSON first and parsed after, so the
 * JSON of each distinct change is read once, not once per event.
 */
export async function loadStatusDeltas(since: Date, until: Date): Promise<StatusDelta[]> {
  const engine = getDbProvider();
  const p = (n: number) => param(engine, n);
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
  const engine = getDbProvider();
  const sql = `
    SELECT ${utcDay(engine, '"decidedAt"')} AS day, "proposedById" AS checker, COUNT(*) AS n
    FROM "Verdict"
    WHERE "state" = 'APPROVED' AND "decidedAt" >= ${param(engine, 1)} AND "decidedAt" < ${param(engine, 2)}
    GROUP BY 1, 2`;
  const rows = await db.$queryRawUnsafe<{ day: string; checker: string; n: unknown }[]>(
    sql,
    instant(engine, since),
    instant(engine, until),
  );
  return rows.map((r) => ({ day: r.day, checkerId: r.checker, count: toNumber(r.n) }));
}

/**
 * For verdicts approved in the range: the time from the claim's marking to the approval,
 * ranked per checker and for everybody, returning only the rows at the ranks the median
 * and the 90th percentile need (at most four per group).
 */
export async function loadRankedDurations(since: Date, until: Date): Promise<RankedDuration[]> {
  const engine = getDbProvider();
  const duration =
    engine === "sqlite"
      ? `(julianday(v."decidedAt") - julianday(c."createdAt")) * 86400000.0`
      : `CAST(EXTRACT(EPOCH FROM (v."decidedAt" - c."createdAt")) * 1000 AS DOUBLE PRECISION)`;
  // One pass over the verdicts: each row ranked within its checker and among everybody.
  const sql = `
    WITH d AS (
      SELECT v."proposedById" AS checker, ${duration} AS ms
      FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
      WHERE v."state" = 'APPROVED' AND v."decidedAt" >= ${param(engine, 1)} AND v."decidedAt" < ${param(engine, 2)}
    ), r AS (
      SELECT checker, ms,
             ROW_NUMBER() OVER (PARTITION BY checker ORDER BY ms) AS rn,
             COUNT(*) OVER (PARTITION BY checker) AS n,
             ROW_NUMBER() OVER (ORDER BY ms) AS rn_all,
             COUNT(*) OVER () AS n_all
      FROM d
    )
    SELECT checker, rn, n, rn_all, n_all, ms FROM r
    WHERE ${percentileRankSql("rn", "n", 0.5)} OR ${percentileRankSql("rn", "n", 0.9)}
       OR ${percentileRankSql("rn_all", "n_all", 0.5)} OR ${percentileRankSql("rn_all", "n_all", 0.9)}`;
  const rows = await db.$queryRawUnsafe<
    { checker: string; rn: unknown; n: unknown; rn_all: unknown; n_all: unknown; ms: unknown }[]
  >(sql, instant(engine, since), instant(engine, until));
  // A row may be at a needed rank for its checker, for everybody, or both.
  return rows.flatMap((r) => [
    { checkerId: r.checker, rank: toNumber(r.rn), n: toNumber(r.n), ms: toNumber(r.ms) },
    { checkerId: null, rank: toNumber(r.rn_all), n: toNumber(r.n_all), ms: toNumber(r.ms) },
  ]);
}
