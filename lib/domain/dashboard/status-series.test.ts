import { describe, expect, it } from "vitest";
import { buildStatusSeries, emptyCounts } from "./status-series";

describe("claims by status over time", () => {
  it("works back from today's counts, undoing each day's moves", () => {
    // Now: 1 researching, 1 verified. On 12-02 a claim was marked; on 12-03 it was picked up and
    // another went from review to verified; after the range one claim was removed while open.
    const current = { ...emptyCounts(), VERIFIED: 1, RESEARCHING: 1 };
    const series = buildStatusSeries(["2026-12-01", "2026-12-02", "2026-12-03"], current, [
      { day: "2026-12-02", status: "OPEN", delta: 1 },
      { day: "2026-12-03", status: "OPEN", delta: -1 },
      { day: "2026-12-03", status: "RESEARCHING", delta: 1 },
      { day: "2026-12-03", status: "IN_REVIEW", delta: -1 },
      { day: "2026-12-03", status: "VERIFIED", delta: 1 },
      { day: null, status: "OPEN", delta: -1 },
    ]);
    expect(series).toEqual([
      { day: "2026-12-01", OPEN: 1, RESEARCHING: 0, IN_REVIEW: 1, VERIFIED: 0, DISMISSED: 0 },
      { day: "2026-12-02", OPEN: 2, RESEARCHING: 0, IN_REVIEW: 1, VERIFIED: 0, DISMISSED: 0 },
      { day: "2026-12-03", OPEN: 1, RESEARCHING: 1, IN_REVIEW: 0, VERIFIED: 1, DISMISSED: 0 },
    ]);
  });

  it("ignores statuses it does not know", () => {
    const series = buildStatusSeries(["2026-12-01"], emptyCounts(), [
      { day: "2026-12-01", status: "??", delta: 4 },
    ]);
    expect(series).toEqual([{ day: "2026-12-01", ...emptyCounts() }]);
  });

  it("never shows a count below zero (claims written without status events)", () => {
    // A claim inserted as VERIFIED today, with no events: before today it "was" OPEN −1.
    const series = buildStatusSeries(["2026-12-01", "2026-12-02"], { ...emptyCounts(), VERIFIED: 1 }, [
      { day: "2026-12-02", status: "OPEN", delta: 1 },
    ]);
    expect(series).toEqual([
      { day: "2026-12-01", ...emptyCounts(), VERIFIED: 1 },
      { day: "2026-12-02", ...emptyCounts(), VERIFIED: 1 },
    ]);
  });
});
