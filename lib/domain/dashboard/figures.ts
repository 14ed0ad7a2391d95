// The dashboard's figures, put together from what the database summed: per-day and
// per-checker throughput, and percentiles of the time from marking to verdict.
import { percentileFromRanks } from "@/lib/domain/dashboard/percentile";
import type { StatusCounts, StatusSeriesPoint } from "@/lib/domain/dashboard/status-series";

export const ARTICLE_GATES = ["DRAFT", "IN_CHECK", "CLEARED"] as const;
export type ArticleGate = (typeof ARTICLE_GATES)[number];

export interface Person {
  id: string;
  name: string;
}

/** Verified claims (approved verdicts) on one day by one checker (the verdict's proposer). */
export interface VerifiedCount {
  day: string;
  checkerId: string;
  count: number;
}

/** A value at a rank of an ordered list of durations; checkerId null for everybody's. */
export interface RankedDuration {
  checkerId: string | null;
  rank: number;
  n: number;
  ms: number;
}

export interface DurationStats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
}

export interface DashboardFigures {
  range: { from: string; to: string; timezone: "UTC" };
  /** When the figures were computed; "overdue" is measured against it. */
  asOf: string;
  statusSeries: StatusSeriesPoint[];
  /** Claims in each status now (claims removed from their article not counted). */
  statusNow: StatusCounts;
  throughput: {
    total: number;
    perDay: { day: string; verified: number }[];
    perChecker: (Person & { verified: number })[];
  };
  timeToVerdict: {
    overall: DurationStats;
    perChecker: (Person & DurationStats)[];
  };
  overdue: {
    total: number;
    /** id null: overdue claims nobody is assigned to. */
    perChecker: { id: string | null; name: string; overdue: number }[];
  };
  gates: { status: ArticleGate; articles: number }[];
}

/** Verified claims per day (every day of the range, zeros included) and per checker (most first). */
export function summariseThroughput(
  days: readonly string[],
  counts: readonly VerifiedCount[],
  nameOf: (id: string) => string,
): DashboardFigures["throughput"] {
  const perDay = new Map(days.map((day) => [day, 0]));
  const perChecker = new Map<string, number>();
  let total = 0;
  for (const { day, checkerId, count } of counts) {
    if (!perDay.has(day)) continue;
    perDay.set(day, (perDay.get(day) ?? 0) + count);
    perChecker.set(checkerId, (perChecker.get(checkerId) ?? 0) + count);
    total += count;
  }
  return {
    total,
    perDay: [...perDay].map(([day, verified]) => ({ day, verified })),
    perChecker: byCountThenName(
      [...perChecker].map(([id, verified]) => ({ id, name: nameOf(id), verified })),
      (p) => p.verified,
    ),
  };
}

/** Median and 90th percentile for everybody and each checker, from the ranked values the database picked. */
export function summariseDurations(
  ranked: readonly RankedDuration[],
  nameOf: (id: string) => string,
): DashboardFigures["timeToVerdict"] {
  const groups = new Map<string | null, { n: number; at: Map<number, number> }>();
  for (const row of ranked) {
    const group = groups.get(row.checkerId) ?? { n: row.n, at: new Map<number, number>() };
    group.at.set(row.rank, row.ms);
    groups.set(row.checkerId, group);
  }
  const stats = (key: string | null): DurationStats => {
    const group = groups.get(key);
    if (!group) return { count: 0, medianMs: null, p90Ms: null };
    const at = (rank: number) => group.at.get(rank);
    return {
      count: group.n,
      medianMs: Math.round(percentileFromRanks(group.n, 0.5, at)),
      p90Ms: Math.round(percentileFromRanks(group.n, 0.9, at)),
    };
  };
  const checkers = [...groups.keys()].filter((id): id is string => id !== null);
  return {
    overall: stats(null),
    perChecker: byCountThenName(
      checkers.map((id) => ({ id, name: nameOf(id), ...stats(id) })),
      (p) => p.count,
    ),
  };
}

export function summariseOverdue(
  counts: readonly { assigneeId: string | null; count: number }[],
  nameOf: (id: string) => string,
): DashboardFigures["overdue"] {
  const perChecker = byCountThenName(
    counts
      .filter((c) => c.count > 0)
      .map((c) => ({
        id: c.assigneeId,
        name: c.assigneeId === null ? "Unassigned" : nameOf(c.assigneeId),
        overdue: c.count,
      })),
    (p) => p.overdue,
  );
  return { total: perChecker.reduce((sum, p) => sum + p.overdue, 0), perChecker };
}

/** Articles at each gate, every gate listed (zeros included), in workflow order. */
export function summariseGates(
  counts: readonly { status: string; count: number }[],
): DashboardFigures["gates"] {
  return ARTICLE_GATES.map((status) => ({
    status,
    articles: counts.filter((c) => c.status === status).reduce((sum, c) => sum + c.count, 0),
  }));
}

function byCountThenName<T extends { name: string }>(rows: T[], count: (row: T) => number): T[] {
  return rows.sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name));
}
