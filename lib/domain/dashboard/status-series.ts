// Claims by status, day by day, worked back from today's counts: the database sums how
// each day's events moved claims between statuses, and this undoes those moves day by day.

import { CLAIM_STATUSES, type ClaimStatusName } from "@/lib/domain/claims/claim-status";

export { CLAIM_STATUSES, type ClaimStatusName };
export type StatusCounts = Record<ClaimStatusName, number>;

export interface StatusDelta {
  /** The UTC day of the change, or null for changes after the range (up to now). */
  day: string | null;
  status: string;
  /** Claims that entered (+) or left (−) the status that day. */
  delta: number;
}

export interface StatusSeriesPoint extends StatusCounts {
  day: string;
}

export function emptyCounts(): StatusCounts {
  return { OPEN: 0, RESEARCHING: 0, IN_REVIEW: 0, VERIFIED: 0, DISMISSED: 0 };
}

function isStatus(value: string): value is ClaimStatusName {
  return (CLAIM_STATUSES as readonly string[]).includes(value);
}

/**
 * The number of claims in each status at the end of each of `days` (ascending), from the
 * counts now and every change since the first day began. A change on day d is undone to
 * get the end of day d − 1; changes after the last day are undone first.
 */
export function buildStatusSeries(
  days: readonly string[],
  current: StatusCounts,
  deltas: readonly StatusDelta[],
): StatusSeriesPoint[] {
  const byDay = new Map<string | null, StatusCounts>();
  for (const { day, status, delta } of deltas) {
    if (!isStatus(status)) continue;
    const bucket = byDay.get(day) ?? emptyCounts();
    bucket[status] += delta;
    byDay.set(day, bucket);
  }
  const undo = (counts: StatusCounts, day: string | null): StatusCounts => {
    const moved = byDay.get(day);
    if (!moved) return counts;
    const before = { ...counts };
    for (const status of CLAIM_STATUSES) before[status] -= moved[status];
    return before;
  };
  let counts = undo({ ...current }, null);
  const series: StatusSeriesPoint[] = [];
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i] as string;
    // Claims written outside the workflow (imports, scripts) have no status events, so the
    // walk back can undershoot for them: a count below zero is shown as zero.
    const shown = { ...counts };
    for (const status of CLAIM_STATUSES) shown[status] = Math.max(0, shown[status]);
    series.push({ day, ...shown });
    counts = undo(counts, day);
  }
  return series.reverse();
}
