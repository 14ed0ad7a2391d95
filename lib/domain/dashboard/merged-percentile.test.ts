import { describe, expect, it } from "vitest";
import { mergedPercentile, rolledRun } from "./merged-percentile";
import { percentile } from "./percentile";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

function viaRun(rolled: number[], live: number[], p: number): number | null {
  const sorted = [...rolled].sort((a, b) => a - b);
  const run = rolledRun(sorted.length, live.length, p);
  const values = sorted.slice(run.offset, run.offset + run.limit);
  return mergedPercentile(sorted.length, { offset: run.offset, values }, live, p);
}

describe("percentiles of rolled-up and live values together", () => {
  it("equal the percentile of both lists merged, for any sizes, overlaps and ties", () => {
    const rand = random(7);
    for (let trial = 0; trial < 2_000; trial++) {
      const spread = 1 + Math.floor(rand() * 50); // small spreads give many ties
      const rolled = Array.from({ length: Math.floor(rand() * 40) }, () => Math.floor(rand() * spread));
      const live = Array.from({ length: Math.floor(rand() * 8) }, () => Math.floor(rand() * spread * 1.5));
      for (const p of [0, 0.5, 0.9, 1]) {
        expect(viaRun(rolled, live, p), `${rolled.join()} | ${live.join()} @ ${p}`).toBe(
          percentile([...rolled, ...live], p),
        );
      }
    }
  });

  it("read only a short run of the rolled-up list", () => {
    expect(rolledRun(64_000, 0, 0.5)).toEqual({ offset: 31_999, limit: 2 });
    expect(rolledRun(64_001, 0, 0.5)).toEqual({ offset: 32_000, limit: 1 });
    expect(rolledRun(64_000, 10, 0.9)).toEqual({ offset: 57_598, limit: 12 });
    expect(rolledRun(0, 3, 0.5)).toEqual({ offset: 0, limit: 0 });
    expect(rolledRun(3, 100, 0.5)).toEqual({ offset: 0, limit: 3 });
  });

  it("are null with no values at all", () => {
    expect(mergedPercentile(0, { offset: 0, values: [] }, [], 0.5)).toBeNull();
  });
});
