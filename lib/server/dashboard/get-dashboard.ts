import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { parseInput } from "@/lib/validation/issues";
import { ZDashboardRange, type DashboardRangeInput } from "@/lib/validation/dashboard";
import { addDays, daysOf, firstOpenDay, resolveRange, startOfDay } from "@/lib/domain/dashboard/date-range";
import {
  summariseDurations,
  summariseGates,
  summariseOverdue,
  summariseThroughput,
  verifiedTotals,
  type DashboardFigures,
  type VerifiedCount,
  type VerifiedTotals,
} from "@/lib/domain/dashboard/figures";
import {
  buildStatusSeries,
  CLAIM_STATUSES,
  emptyCounts,
  type StatusDelta,
} from "@/lib/domain/dashboard/status-series";
import {
  loadLiveDurations,
  loadStatusDeltas,
  loadVerifiedCounts,
  type LiveDuration,
} from "@/lib/server/dashboard/dashboard-queries";
import {
  loadRolledStatusDeltas,
  loadRolledVerified,
  rollUpDays,
} from "@/lib/server/dashboard/dashboard-rollup";
import { loadDurationStats } from "@/lib/server/dashboard/duration-stats";

const SETTLED = ["VERIFIED" as const, "DISMISSED" as const];

export interface DashboardOptions {
  /** false: sum every day from the source tables, as if nothing were rolled up (tests, bench). */
  rollup?: boolean;
}

const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

/**
 * The managers' dashboard for a range of UTC days (default: the last 30): claims by status
 * at the end of each day, claims verified per day and checker, the time from marking to
 * verdict, overdue work by checker and articles at each gate. Every figure is summed in
 * the database: closed days from the per-day rollup (summed on the first read that needs
 * them), the days since live; `now` is for tests and the benchmark.
 */
export async function getDashboard(
  rawInput: DashboardRangeInput,
  actor: Actor,
  now: Date = new Date(),
  options: DashboardOptions = {},
): Promise<DashboardFigures> {
  assertAllowed(actor, "dashboard.view");
  const asked = parseInput(ZDashboardRange, rawInput);
  const range = resolveRange(asked, now);
  const days = daysOf(range);
  const endDay = addDays(range.to, 1);
  const until = startOfDay(endDay);
  // Days before `split` come from the rollup, the rest live. A `now` in the future (a
  // test's) never closes a day the real clock has not.
  const open = firstOpenDay(new Date(Math.min(now.getTime(), Date.now())));
  const split = options.rollup === false ? range.from : maxDay(range.from, open);
  const rolledEnd = minDay(split, endDay);
  const liveSince = startOfDay(split);
  const hasRolled = range.from < split;
  const hasLive = split < endDay;

  // The status series works back from now, so it needs every day's moves since the range began.
  if (hasRolled) await rollUpDays(range.from, split);

  const none = <T>(): Promise<T[]> => Promise.resolve([]);
  const [statusNow, rolledDeltas, liveDeltas, rolledVerified, liveVerified, live, overdue, gates] =
    await Promise.all([
      db.claim.groupBy({ by: ["status"], where: { removedAt: null }, _count: { _all: true } }),
      hasRolled ? loadRolledStatusDeltas(range.from, split, endDay) : none<StatusDelta>(),
      loadStatusDeltas(liveSince, until),
      hasRolled
        ? loadRolledVerified(range.from, rolledEnd)
        : Promise.resolve<VerifiedTotals>({ byDay: [], byChecker: [] }),
      hasLive ? loadVerifiedCounts(liveSince, until) : none<VerifiedCount>(),
      hasLive ? loadLiveDurations(liveSince, until) : none<LiveDuration>(),
      db.claim.groupBy({
        by: ["assigneeId"],
        where: { removedAt: null, dueAt: { lt: now }, status: { notIn: SETTLED } },
        _count: { _all: true },
      }),
      db.article.groupBy({ by: ["status"], _count: { _all: true } }),
    ]);
  const rolledCounts = new Map(rolledVerified.byChecker.map((c) => [c.checkerId, c.count]));
  const durations = await loadDurationStats(
    hasRolled ? { fromDay: range.from, toDay: rolledEnd } : null,
    rolledCounts,
    live,
  );
  const verified = [rolledVerified, verifiedTotals(liveVerified)];

  const ids = new Set<string>();
  for (const part of verified) for (const c of part.byChecker) ids.add(c.checkerId);
  for (const d of durations) if (d.checkerId) ids.add(d.checkerId);
  for (const o of overdue) if (o.assigneeId) ids.add(o.assigneeId);
  const people = await db.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? "Unknown user";

  const current = emptyCounts();
  for (const row of statusNow)
    if ((CLAIM_STATUSES as readonly string[]).includes(row.status)) current[row.status] = row._count._all;

  return {
    range: { ...range, timezone: "UTC" },
    asOf: now.toISOString(),
    statusSeries: buildStatusSeries(days, current, [...rolledDeltas, ...liveDeltas]),
    statusNow: current,
    throughput: summariseThroughput(days, verified, nameOf),
    timeToVerdict: summariseDurations(durations, nameOf),
    overdue: summariseOverdue(
      overdue.map((o) => ({ assigneeId: o.assigneeId, count: o._count._all })),
      nameOf,
    ),
    gates: summariseGates(gates.map((g) => ({ status: g.status, count: g._count._all }))),
  };
}
