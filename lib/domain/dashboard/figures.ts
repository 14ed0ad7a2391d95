// The dashboard's figures, put together from what the database summed: per-day and
// per-checker throughput, and percentiles of the time from marking to verdict.
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

/** Exact duration figures (milliseconds, unrounded) of one group; checkerId null for everybody. */
export interface GroupDurations {
  checkerId: string | null;
  count: number;
  median: number | null;
  p90: number | null;
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

/** Verified claims summed per day and, separately, per checker, over some days of the range. */
export interface VerifiedTotals {
  byDay: { day: string; count: number }[];
  byChecker: { checkerId: string; count: number }[];
}

/** Per-day and per-checker totals of per-day-and-checker counts. */
export function verifiedTotals(counts: readonly VerifiedCount[]): VerifiedTotals {
  const byDay = new Map<string, number>();
  const byChecker = new Map<string, number>();
  for (const { day, checkerId, count } of counts) {
    byDay.set(day, (byDay.get(day) ?? 0) + count);
    byChecker.set(checkerId, (byChecker.get(checkerId) ?? 0) + count);
  }
  return {
    byDay: [...byDay].map(([day, count]) => ({ day, count })),
    byChecker: [...byChecker].map(([checkerId, count]) => ({ checkerId, count })),
  };
}

/**
 * Verified claims per day (every day of the range, zeros included) and per checker (most
 * first), from totals over parts of the range (the rolled-up days, today's); each part
 * counts only days of the range.
 */
export function summariseThroughput(
  days: readonly string[],
  parts: readonly VerifiedTotals[],
  nameOf: (id: string) => string,
): DashboardFigures["throughput"] {
  const perDay = new Map(days.map((day) => [day, 0]));
  const perChecker = new Map<string, number>();
  let total = 0;
  for (const part of parts) {
    for (const { day, count } of part.byDay) {
      if (!perDay.has(day)) throw new Error(`${day} is not a day of the range.`);
      perDay.set(day, (perDay.get(day) ?? 0) + count);
      total += count;
    }
    for (const { checkerId, count } of part.byChecker)
      perChecker.set(checkerId, (perChecker.get(checkerId) ?? 0) + count);
  }
  return {
    total,
    perDay: [...perDay].map(([day, verified]) => ({ day, verified })),
    perChecker: byCountThenName(
      [...perChecker]
        .filter(([, verified]) => verified > 0)
        .map(([id, verified]) => ({ id, name: nameOf(id), verified })),
      (p) => p.verified,
    ),
  };
}

/** Median and 90th percentile for everybody and each checker (most verdicts first), in whole ms. */
export function summariseDurations(
  groups: readonly GroupDurations[],
  nameOf: (id: string) => string,
): DashboardFigures["timeToVerdict"] {
  const round = (ms: number | null) => (ms === null ? null : Math.round(ms));
  const stats = (g: GroupDurations | undefined): DurationStats =>
    g && g.count > 0
      ? { count: g.count, medianMs: round(g.median), p90Ms: round(g.p90) }
      : { count: 0, medianMs: null, p90Ms: null };
  const checkers = groups.filter(
    (g): g is GroupDurations & { checkerId: string } => g.checkerId !== null && g.count > 0,
  );
  return {
    overall: stats(groups.find((g) => g.checkerId === null)),
    perChecker: byCountThenName(
      checkers.map((g) => ({ id: g.checkerId, name: nameOf(g.checkerId), ...stats(g) })),
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
