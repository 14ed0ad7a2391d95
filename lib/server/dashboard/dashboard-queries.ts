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
 * bucket with day null.
 */
export async function loadStatusDeltas(since: Date, until: Date): Promise<StatusDelta[]> {
  const engine = getDbProvider();
  const p = (n: number) => param(engine, n);
  const sql = `
    SELECT CASE WHEN moves.t >= ${p(1)} THEN NULL ELSE ${utcDay(engine, "moves.t")} END AS day,
           moves.status AS status, SUM(moves.delta) AS delta
    FROM (
      SELECT "at" AS t, ${jsonText(engine, '"after"', "status")} AS status, 1 AS delta
        FROM "AuditEvent" WHERE "action" = 'claim.status_changed' AND "at" >= ${p(2)}
      UNION ALL
      SELECT "at", ${jsonText(engine, '"before"', "status")}, -1
        FROM "AuditEvent" WHERE "action" = 'claim.status_changed' AND "at" >= ${p(3)}
      UNION ALL
      SELECT "createdAt", 'OPEN', 1 FROM "Claim" WHERE "createdAt" >= ${p(4)}
      UNION ALL
      SELECT "removedAt", CAST("status" AS TEXT), -1 FROM "Claim" WHERE "removedAt" >= ${p(5)}
    ) moves
    GROUP BY 1, 2`;
  const s = instant(engine, since);
  const rows = await db.$queryRawUnsafe<{ day: string | null; status: string | null; delta: unknown }[]>(
    sql,
    instant(engine, until),
    s,
    s,
    s,
    s,
  );
  return rows
    .filter((r): r is typeof r & { status: string } => r.status !== null)
    .map((r) => ({ day: r.day, status: r.status, delta: toNumber(r.delta) }));
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
  const sql = `
    WITH d AS (
      SELECT v."proposedById" AS checker, ${duration} AS ms
      FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
      WHERE v."state" = 'APPROVED' AND v."decidedAt" >= ${param(engine, 1)} AND v."decidedAt" < ${param(engine, 2)}
    ), r AS (
      SELECT checker, ms,
             ROW_NUMBER() OVER (PARTITION BY checker ORDER BY ms) AS rn,
             COUNT(*) OVER (PARTITION BY checker) AS n
      FROM d
      UNION ALL
      SELECT NULL, ms, ROW_NUMBER() OVER (ORDER BY ms), COUNT(*) OVER () FROM d
    )
    SELECT checker, rn, n, ms FROM r
    WHERE ${percentileRankSql("rn", "n", 0.5)} OR ${percentileRankSql("rn", "n", 0.9)}`;
  const rows = await db.$queryRawUnsafe<{ checker: string | null; rn: unknown; n: unknown; ms: unknown }[]>(
    sql,
    instant(engine, since),
    instant(engine, until),
  );
  return rows.map((r) => ({
    checkerId: r.checker,
    rank: toNumber(r.rn),
    n: toNumber(r.n),
    ms: toNumber(r.ms),
  }));
}
