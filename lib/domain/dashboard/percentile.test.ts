import { describe, expect, it } from "vitest";
import { percentile, percentileFromRanks, percentileRanks } from "./percentile";

describe("percentiles", () => {
  it("interpolate between the nearest ranks, as percentile_cont does", () => {
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30], 0.9)).toBeCloseTo(28);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it("name the ranks they need", () => {
    expect(percentileRanks(3, 0.5)).toEqual({ lower: 2, upper: 2, weight: 0 });
    expect(percentileRanks(4, 0.5)).toEqual({ lower: 2, upper: 3, weight: 0.5 });
    expect(percentileRanks(3, 0.9)).toEqual({ lower: 2, upper: 3, weight: 0.8 });
    expect(() => percentileRanks(0, 0.5)).toThrow();
  });

  it("from the ranked values alone give the same answer as from the whole list", () => {
    const values = Array.from({ length: 37 }, (_, i) => (i * 7919) % 101);
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0.5, 0.9]) {
      const { lower, upper } = percentileRanks(values.length, p);
      const picked = new Map([lower, upper].map((rank) => [rank, sorted[rank - 1] as number]));
      expect(percentileFromRanks(values.length, p, (rank) => picked.get(rank))).toBe(percentile(values, p));
    }
  });
});
