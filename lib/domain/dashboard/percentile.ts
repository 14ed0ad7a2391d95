// Percentiles by linear interpolation between the two nearest ranks (PostgreSQL's
// percentile_cont, Excel's PERCENTILE.INC): the median of 1, 2, 3, 4 is 2.5.

export interface RankPair {
  /** 1-based ranks of the two values the percentile lies between (equal when it is one). */
  lower: number;
  upper: number;
  /** How far from the lower value towards the upper one (0 ≤ weight < 1). */
  weight: number;
}

/**
 * Which ranks (in ascending order) the `p`-th percentile of `n` values needs. Integer
 * arithmetic in hundredths, so the ranks never depend on floating-point rounding.
 */
export function percentileRanks(n: number, p: number): RankPair {
  if (!Number.isInteger(n) || n < 1) throw new RangeError("A percentile needs at least one value.");
  const hundredths = Math.round(p * 100);
  if (hundredths < 0 || hundredths > 100) throw new RangeError("p runs from 0 to 1.");
  const scaled = (n - 1) * hundredths;
  const lower = Math.floor(scaled / 100) + 1;
  const rest = scaled % 100;
  return { lower, upper: rest === 0 ? lower : lower + 1, weight: rest / 100 };
}

/** The percentile from the values at its ranks (`valueAt(rank)`, ranks 1-based ascending). */
export function percentileFromRanks(
  n: number,
  p: number,
  valueAt: (rank: number) => number | undefined,
): number {
  const { lower, upper, weight } = percentileRanks(n, p);
  const low = valueAt(lower);
  const high = valueAt(upper);
  if (low === undefined || high === undefined)
    throw new Error(`Rank ${low === undefined ? lower : upper} of ${n} is missing.`);
  return low + (high - low) * weight;
}

/** The percentile of a list of numbers (any order); null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return percentileFromRanks(sorted.length, p, (rank) => sorted[rank - 1]);
}
