import "server-only";
// Median and 90th percentile of the time from marking to verdict, exactly: the rolled-up
// durations are read by rank from their indexes (ORDER BY ms LIMIT … OFFSET …, from the
// nearer end: a short run around each percentile, never the whole year sorted) and merged
// with today's live ones.
import { db } from "@/lib/db";
import type { GroupDurations } from "@/lib/domain/dashboard/figures";
import { mergedPercentile, rolledRun } from "@/lib/domain/dashboard/merged-percentile";
import { currentEngine } from "@/lib/server/dashboard/dashboard-sql";
import type { LiveDuration } from "@/lib/server/dashboard/dashboard-queries";

const PERCENTILES = [0.5, 0.9] as const;
/**
 * Up to this many rolled-up durations in the range are read whole (an index range scan by
 * day) and ranked here; beyond it, each percentile is read by rank from the ms-ordered
 * indexes, whose offset scans would otherwise wade through every other day's durations.
 */
const READ_WHOLE_UP_TO = 20_000;
/** Runs read per statement: keeps the bound parameters well under SQLite's limit. */
const RUNS_PER_STATEMENT = 50;

interface Group {
  checkerId: string | null;
  rolled: number;
  live: number[];
}

interface Run {
  group: Group;
  p: number;
  offset: number;
  limit: number;
  values: number[];
}

/**
 * Duration figures for everybody (checkerId null) and each checker with a verdict in the
 * range: `rolledDays` are the rolled-up days of the range (null when none) and
 * `rolledCounts` how many verdicts each checker has in them; `live` the durations of the
 * range's other days. `readWholeUpTo`: see READ_WHOLE_UP_TO (tests lower it to take the
 * other path).
 */
export async function loadDurationStats(
  rolledDays: { fromDay: string; toDay: string } | null,
  rolledCounts: ReadonlyMap<string, number>,
  live: readonly LiveDuration[],
  readWholeUpTo: number = READ_WHOLE_UP_TO,
): Promise<GroupDurations[]> {
  let rolledTotal = 0;
  for (const count of rolledCounts.values()) rolledTotal += count;
  if (rolledDays && rolledTotal <= readWholeUpTo) {
    // A short range: its rolled-up durations, read whole by day, are few enough to merge here.
    return durationStats(null, new Map(), [...(await readWhole(rolledDays)), ...live]);
  }
  return durationStats(rolledDays, rolledCounts, live);
}

async function durationStats(
  rolledDays: { fromDay: string; toDay: string } | null,
  rolledCounts: ReadonlyMap<string, number>,
  live: readonly LiveDuration[],
): Promise<GroupDurations[]> {
  const groups = new Map<string | null, Group>();
  const group = (checkerId: string | null): Group => {
    const found = groups.get(checkerId);
    if (found) return found;
    const made: Group = { checkerId, rolled: 0, live: [] };
    groups.set(checkerId, made);
    return made;
  };
  const everybody = group(null);
  for (const [checkerId, count] of rolledDays ? rolledCounts : []) {
    group(checkerId).rolled += count;
    everybody.rolled += count;
  }
  for (const { checkerId, ms } of live) {
    group(checkerId).live.push(ms);
    everybody.live.push(ms);
  }

  const runs: Run[] = [...groups.values()].flatMap((g) =>
    PERCENTILES.map((p) => ({ group: g, p, ...rolledRun(g.rolled, g.live.length, p), values: [] })),
  );
  const toRead = runs.filter((r) => r.limit > 0);
  if (rolledDays) {
    for (let i = 0; i < toRead.length; i += RUNS_PER_STATEMENT)
      await readRuns(toRead.slice(i, i + RUNS_PER_STATEMENT), rolledDays);
  }

  return [...groups.values()]
    .filter((g) => g.rolled + g.live.length > 0 || g.checkerId === null)
    .map((g) => {
      const at = (p: number) => {
        const run = runs.find((r) => r.group === g && r.p === p) as Run;
        return mergedPercentile(g.rolled, run, g.live, p);
      };
      return { checkerId: g.checkerId, count: g.rolled + g.live.length, median: at(0.5), p90: at(0.9) };
    });
}

async function readWhole(days: { fromDay: string; toDay: string }): Promise<LiveDuration[]> {
  const rows = await db.dashboardDuration.findMany({
    where: { day: { gte: days.fromDay, lt: days.toDay } },
    select: { checkerId: true, ms: true },
  });
  return rows.map((r) => ({ checkerId: r.checkerId, ms: Number(r.ms) }));
}

/** Reads each run's values in one statement: one indexed, offset scan per run. */
async function readRuns(runs: Run[], days: { fromDay: string; toDay: string }): Promise<void> {
  const engine = currentEngine();
  const values: unknown[] = [];
  const bind = (value: string) => {
    values.push(value);
    return engine === "sqlite" ? "?" : `$${values.length}::text`;
  };
  const sql = runs
    .map((run, i) => {
      // Offsets and limits are integers this code computed, never input.
      if (!Number.isSafeInteger(run.offset) || !Number.isSafeInteger(run.limit)) throw new Error("Bad run.");
      const checker = run.group.checkerId === null ? "" : `"checkerId" = ${bind(run.group.checkerId)} AND `;
      // From whichever end is nearer: the 90th percentile is read from the top.
      const fromTop = run.group.rolled - run.offset - run.limit;
      const order =
        fromTop < run.offset
          ? `"ms" DESC LIMIT ${run.limit} OFFSET ${fromTop}`
          : `"ms" LIMIT ${run.limit} OFFSET ${run.offset}`;
      // SQLite is told which index to walk in ms order; PostgreSQL's planner picks it itself.
      const index =
        engine === "sqlite"
          ? ` INDEXED BY "DashboardDuration_${run.group.checkerId === null ? "ms_day" : "checkerId_ms_day"}_idx"`
          : "";
      return `SELECT ${i} AS w, "ms" FROM (
        SELECT "ms" FROM "DashboardDuration"${index}
        WHERE ${checker}"day" >= ${bind(days.fromDay)} AND "day" < ${bind(days.toDay)}
        ORDER BY ${order}) r${i}`;
    })
    .join("\nUNION ALL\n");
  const rows = await db.$queryRawUnsafe<{ w: unknown; ms: unknown }[]>(sql, ...values);
  for (const row of rows) runs[Number(row.w)]?.values.push(Number(row.ms));
}
