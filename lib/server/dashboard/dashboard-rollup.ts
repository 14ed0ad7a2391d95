import "server-only";
// The dashboard's per-day rollup (README, "Dashboard"): a closed UTC day's status moves,
// verifications and times to verdict are summed once into the Dashboard* tables, so a year
// reads a few hundred rows instead of every event and verdict. What a closed day sums never
// changes afterwards — audit events are append-only, and a claim's createdAt and removedAt
// and a verdict's decidedAt are stamped "now" when written — so a rolled-up day is never
// recomputed. Rows written later with an older timestamp (imports, scripts, tests writing
// straight into the tables) need forgetDashboardRollup.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { addDays, dayOf, daysOf, startOfDay } from "@/lib/domain/dashboard/date-range";
import type { VerifiedTotals } from "@/lib/domain/dashboard/figures";
import type { StatusDelta } from "@/lib/domain/dashboard/status-series";
import {
  currentEngine,
  instant,
  jsonText,
  millisBetween,
  toNumber,
  utcDay,
  type Engine,
} from "@/lib/server/dashboard/dashboard-sql";

/** Days rolled up per transaction: bounds how long one holds SQLite's write lock. */
const DAYS_PER_TRANSACTION = 31;

/** Bound parameters collected as a statement is written: `?` on SQLite, `$n` on PostgreSQL. */
class Params {
  readonly values: unknown[] = [];
  constructor(private readonly engine: Engine) {}
  bind(value: unknown, cast?: "timestamp" | "text"): string {
    this.values.push(value);
    return this.engine === "sqlite" ? "?" : `$${this.values.length}${cast ? `::${cast}` : ""}`;
  }
}

/**
 * The first UTC day anything the dashboard sums happened on (a claim marked, a status
 * change, a verdict approved), or null in an empty workspace: three index look-ups in one
 * statement. Days before it need no rollup rows: there is nothing to sum, and leaving them
 * unmarked means rows written there later are still rolled up when read.
 */
async function firstDataDay(): Promise<string | null> {
  const [row] = await db.$queryRawUnsafe<{ c: unknown; e: unknown; v: unknown }[]>(`
    SELECT (SELECT MIN("createdAt") FROM "Claim") AS c,
           (SELECT MIN("at") FROM "AuditEvent" WHERE "action" = 'claim.status_changed') AS e,
           (SELECT MIN("decidedAt") FROM "Verdict" WHERE "state" = 'APPROVED') AS v`);
  const instants = [row?.c, row?.e, row?.v]
    .filter((value) => value !== null && value !== undefined)
    .map((value) => new Date(value as string | Date).getTime());
  return instants.length === 0 ? null : dayOf(new Date(Math.min(...instants)));
}

/** Runs of consecutive days, each at most `size` long. */
function runsOf(days: readonly string[], size: number): string[][] {
  const runs: string[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && addDays(last, 1) === day && run.length < size) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

/**
 * Rolls up every closed day from `fromDay` up to (not including) `toDay` that is not yet,
 * returning how many days this call rolled up. Safe to call from several requests and app
 * processes at once: each transaction first claims its days (unique day, insert-ignore), and
 * inserts figures only for the days it claimed, so a day is summed exactly once.
 */
export async function rollUpDays(fromDay: string, toDay: string): Promise<number> {
  if (fromDay >= toDay) return 0;
  // Days are only ever marked from the first data day on, so counting from `fromDay` is the
  // same as counting from there: when every day is marked, that is the whole cost of a read.
  const [first, marked] = await Promise.all([
    firstDataDay(),
    db.dashboardDay.count({ where: { day: { gte: fromDay, lt: toDay } } }),
  ]);
  if (!first) return 0;
  const start = fromDay < first ? first : fromDay;
  if (start >= toDay) return 0;
  const days = daysOf({ from: start, to: addDays(toDay, -1) });
  if (marked >= days.length) return 0;
  const done = await db.dashboardDay.findMany({
    where: { day: { gte: start, lt: toDay } },
    select: { day: true },
  });
  const have = new Set(done.map((d) => d.day));
  const missing = days.filter((day) => !have.has(day));
  let rolled = 0;
  for (const run of runsOf(missing, DAYS_PER_TRANSACTION)) rolled += await rollUpRun(run);
  return rolled;
}

async function rollUpRun(days: readonly string[]): Promise<number> {
  const engine = currentEngine();
  const batch = randomUUID();
  const since = instant(engine, startOfDay(days[0] as string));
  const until = instant(engine, startOfDay(addDays(days.at(-1) as string, 1)));
  const claim = new Params(engine);
  const marks = days
    .map(
      (day) =>
        `(${claim.bind(day, "text")}, ${claim.bind(batch, "text")}, ${claim.bind(instant(engine, new Date()), "timestamp")})`,
    )
    .join(", ");
  const statements = [
    db.$executeRawUnsafe(
      `INSERT INTO "DashboardDay" ("day", "batch", "rolledAt") VALUES ${marks} ON CONFLICT ("day") DO NOTHING`,
      ...claim.values,
    ),
    ...[statusDeltasSql, verifiedSql, durationsSql].map((write) => {
      const params = new Params(engine);
      return db.$executeRawUnsafe(write(engine, params, since, until, batch), ...params.values);
    }),
  ];
  const [claimed] = await db.$transaction(statements);
  return claimed ?? 0;
}

/** Joins a day column to this run's claimed days: figures only for days this run won. */
function claimedBy(column: string, p: Params, batch: string): string {
  return `JOIN "DashboardDay" d ON d."day" = ${column} AND d."batch" = ${p.bind(batch, "text")}`;
}

function statusDeltasSql(engine: Engine, p: Params, since: string, until: string, batch: string): string {
  const between = (column: string) =>
    `${column} >= ${p.bind(since, "timestamp")} AND ${column} < ${p.bind(until, "timestamp")}`;
  // Events are grouped by their JSON first and parsed after (each distinct change once).
  return `
    WITH g AS (
      SELECT ${utcDay(engine, '"at"')} AS day, "before" AS b, "after" AS a, COUNT(*) AS n
      FROM "AuditEvent" WHERE "action" = 'claim.status_changed' AND ${between('"at"')}
      GROUP BY 1, 2, 3
    ), m AS (
      SELECT day, ${jsonText(engine, "a", "status")} AS status, n FROM g
      UNION ALL SELECT day, ${jsonText(engine, "b", "status")}, -n FROM g
      UNION ALL SELECT ${utcDay(engine, '"createdAt"')}, 'OPEN', COUNT(*)
        FROM "Claim" WHERE ${between('"createdAt"')} GROUP BY 1
      UNION ALL SELECT ${utcDay(engine, '"removedAt"')}, CAST("status" AS TEXT), -COUNT(*)
        FROM "Claim" WHERE ${between('"removedAt"')} GROUP BY 1, 2
    )
    INSERT INTO "DashboardStatusDelta" ("day", "status", "delta")
    SELECT m.day, m.status, SUM(m.n) FROM m ${claimedBy("m.day", p, batch)}
    WHERE m.status IS NOT NULL
    GROUP BY m.day, m.status`;
}

function verifiedSql(engine: Engine, p: Params, since: string, until: string, batch: string): string {
  return `
    INSERT INTO "DashboardVerified" ("day", "checkerId", "count")
    SELECT x.day, x.checker, x.n FROM (
      SELECT ${utcDay(engine, '"decidedAt"')} AS day, "proposedById" AS checker, COUNT(*) AS n
      FROM "Verdict"
      WHERE "state" = 'APPROVED' AND "decidedAt" >= ${p.bind(since, "timestamp")} AND "decidedAt" < ${p.bind(until, "timestamp")}
      GROUP BY 1, 2
    ) x ${claimedBy("x.day", p, batch)}`;
}

function durationsSql(engine: Engine, p: Params, since: string, until: string, batch: string): string {
  return `
    INSERT INTO "DashboardDuration" ("verdictId", "day", "checkerId", "ms")
    SELECT x.id, x.day, x.checker, x.ms FROM (
      SELECT v."id" AS id, ${utcDay(engine, 'v."decidedAt"')} AS day, v."proposedById" AS checker,
             ${millisBetween(engine, 'c."createdAt"', 'v."decidedAt"')} AS ms
      FROM "Verdict" v JOIN "Claim" c ON c."id" = v."claimId"
      WHERE v."state" = 'APPROVED' AND v."decidedAt" >= ${p.bind(since, "timestamp")} AND v."decidedAt" < ${p.bind(until, "timestamp")}
    ) x ${claimedBy("x.day", p, batch)}`;
}

/**
 * Rolled-up status moves of the days from `fromDay` up to (not including) `toDay`; those
 * from `afterDay` on come back with day null, as moves after the range.
 */
export async function loadRolledStatusDeltas(
  fromDay: string,
  toDay: string,
  afterDay: string,
): Promise<StatusDelta[]> {
  const p = new Params(currentEngine());
  const sql = `
    SELECT CASE WHEN "day" >= ${p.bind(afterDay, "text")} THEN NULL ELSE "day" END AS day, "status", SUM("delta") AS n
    FROM "DashboardStatusDelta" WHERE "day" >= ${p.bind(fromDay, "text")} AND "day" < ${p.bind(toDay, "text")}
    GROUP BY 1, 2`;
  const rows = await db.$queryRawUnsafe<{ day: string | null; status: string; n: unknown }[]>(
    sql,
    ...p.values,
  );
  return rows.map((r) => ({ day: r.day, status: r.status, delta: toNumber(r.n) }));
}

/**
 * Rolled-up verifications from `fromDay` up to (not including) `toDay`, summed per day and
 * per checker in the database (a year is a few hundred rows, not one per day and checker).
 */
export async function loadRolledVerified(fromDay: string, toDay: string): Promise<VerifiedTotals> {
  const where = { day: { gte: fromDay, lt: toDay } };
  const [byDay, byChecker] = await Promise.all([
    db.dashboardVerified.groupBy({ by: ["day"], where, _sum: { count: true } }),
    db.dashboardVerified.groupBy({ by: ["checkerId"], where, _sum: { count: true } }),
  ]);
  return {
    byDay: byDay.map((r) => ({ day: r.day, count: r._sum.count ?? 0 })),
    byChecker: byChecker.map((r) => ({ checkerId: r.checkerId, count: r._sum.count ?? 0 })),
  };
}

/**
 * Forgets the rollup from `fromDay` on (everything when omitted), so the next read sums
 * those days again. For whatever writes claims, status changes or verdicts with a past
 * timestamp straight into the tables (an import, a script, a test).
 */
export async function forgetDashboardRollup(fromDay?: string): Promise<void> {
  const where = fromDay ? { day: { gte: fromDay } } : {};
  await db.$transaction([
    db.dashboardDay.deleteMany({ where }),
    db.dashboardStatusDelta.deleteMany({ where }),
    db.dashboardVerified.deleteMany({ where }),
    db.dashboardDuration.deleteMany({ where }),
  ]);
}
