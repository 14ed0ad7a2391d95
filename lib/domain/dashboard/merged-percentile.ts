// Exact percentiles of two lists together without sorting the big one: the rolled-up
// durations (many, in an index the database reads in order) and today's live ones (few,
// in memory). The p-th percentile of both needs only a short run of the rolled-up list —
// at most (live + 2) values around its rank — which the database reads with
// ORDER BY … LIMIT … OFFSET … from the index.
import { percentileFromRanks, percentileRanks } from "@/lib/domain/dashboard/percentile";

/** A run of the rolled-up list, ascending: the values at ranks offset + 1 … offset + limit. */
export interface RolledRun {
  offset: number;
  limit: number;
}

/**
 * Which run of `rolled` (sorted) values the `p`-th percentile of them together with `live`
 * other values needs. Every rolled value ranked at or below `offset` lies below the
 * percentile's lower rank in the merged list (at most `live` values can come before it),
 * and a rolled value past the upper rank cannot be at it, so the run in between is enough.
 */
export function rolledRun(rolled: number, live: number, p: number): RolledRun {
  if (rolled === 0) return { offset: 0, limit: 0 };
  const { lower, upper } = percentileRanks(rolled + live, p);
  const first = Math.max(1, lower - live);
  const last = Math.min(upper, rolled);
  return { offset: first - 1, limit: Math.max(0, last - first + 1) };
}

/**
 * The `p`-th percentile of `rolled` values and the `live` ones, from the run `rolledRun`
 * named (its `values`, as the database returned them, in any order) and every live value;
 * null when both lists are empty.
 */
export function mergedPercentile(
  rolled: number,
  run: { offset: number; values: readonly number[] },
  live: readonly number[],
  p: number,
): number | null {
  const n = rolled + live.length;
  if (n === 0) return null;
  const merged = [...run.values, ...live].sort((a, b) => a - b);
  return percentileFromRanks(n, p, (rank) => merged[rank - run.offset - 1]);
}
