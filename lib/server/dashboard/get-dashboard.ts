import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { parseInput } from "@/lib/validation/issues";
import { ZDashboardRange, type DashboardRangeInput } from "@/lib/validation/dashboard";
import { addDays, daysOf, resolveRange, startOfDay } from "@/lib/domain/dashboard/date-range";
import {
  summariseDurations,
  summariseGates,
  summariseOverdue,
  summariseThroughput,
  type DashboardFigures,
} from "@/lib/domain/dashboard/figures";
import { buildStatusSeries, CLAIM_STATUSES, emptyCounts } from "@/lib/domain/dashboard/status-series";
import {
  loadRankedDurations,
  loadStatusDeltas,
  loadVerifiedCounts,
} from "@/lib/server/dashboard/dashboard-queries";

const SETTLED = ["VERIFIED" as const, "DISMISSED" as const];

/**
 * The managers' dashboard for a range of UTC days (default: the last 30): claims by status
 * at the end of each day, claims verified per day and checker, the time from marking to
 * verdict, overdue work by checker and articles at each gate. Every figure is summed in
 * the database; `now` is for tests and the benchmark.
 */
export async function getDashboard(
  rawInput: DashboardRangeInput,
  actor: Actor,
  now: Date = new Date(),
): Promise<DashboardFigures> {
  assertAllowed(actor, "dashboard.view");
  const asked = parseInput(ZDashboardRange, rawInput);
  const range = resolveRange(asked, now);
  const days = daysOf(range);
  const since = startOfDay(range.from);
  const until = startOfDay(addDays(range.to, 1));

  const [statusNow, deltas, verified, ranked, overdue, gates] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where: { removedAt: null }, _count: { _all: true } }),
    loadStatusDeltas(since, until),
    loadVerifiedCounts(since, until),
    loadRankedDurations(since, until),
    db.claim.groupBy({
      by: ["assigneeId"],
      where: { removedAt: null, dueAt: { lt: now }, status: { notIn: SETTLED } },
      _count: { _all: true },
    }),
    db.article.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);

  const ids = new Set<string>();
  for (const v of verified) ids.add(v.checkerId);
  for (const r of ranked) if (r.checkerId) ids.add(r.checkerId);
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
    statusSeries: buildStatusSeries(days, current, deltas),
    statusNow: current,
    throughput: summariseThroughput(days, verified, nameOf),
    timeToVerdict: summariseDurations(ranked, nameOf),
    overdue: summariseOverdue(
      overdue.map((o) => ({ assigneeId: o.assigneeId, count: o._count._all })),
      nameOf,
    ),
    gates: summariseGates(gates.map((g) => ({ status: g.status, count: g._count._all }))),
  };
}
