import { describe, expect, it } from "vitest";
import {
  describeCorrection,
  groupOverlappingChanges,
  needsNote,
  planCorrections,
  sameCorrectionValue,
  type CorrectableChange,
} from "@/lib/domain/corrections/plan-corrections";

const CLEARED = new Date("2026-11-01T10:00:00Z");
const text = (claimId: string, before: string | null, after: string | null): CorrectableChange => ({
  claimId,
  kind: "TEXT",
  before: { quote: before },
  after: { quote: after },
});

/** Readers saw "11 days"; a pending correction already says "ten days". */
const pending = [
  {
    id: "p1",
    claimId: "a",
    claimIds: ["a"],
    kind: "TEXT" as const,
    before: { quote: "11 days" },
    after: { quote: "ten days" },
    note: "n",
  },
];

describe("planCorrections", () => {
  it("records nothing before the article's first clearance", () => {
    expect(
      planCorrections({ firstClearedAt: null, changes: [text("a", "11 days", "ten days")], pending: [] }),
    ).toEqual([]);
  });

  it("records a new correction (which needs a note) for a changed claim", () => {
    const steps = planCorrections({
      firstClearedAt: CLEARED,
      changes: [text("a", "11 days", "ten days")],
      pending: [],
    });
    expect(steps).toEqual([{ op: "record", change: text("a", "11 days", "ten days") }]);
    expect(needsNote(steps)).toHaveLength(1);
  });

  it("ignores a change that leaves the claim as it was", () => {
    expect(
      planCorrections({ firstClearedAt: CLEARED, changes: [text("a", "same", "same")], pending: [] }),
    ).toEqual([]);
  });

  it("folds a later change into the pending correction, keeping what readers saw as `before`", () => {
    const steps = planCorrections({
      firstClearedAt: CLEARED,
      changes: [text("a", "ten days", "about ten days")],
      pending,
    });
    expect(steps).toEqual([
      {
        op: "update",
        pending: pending[0],
        change: { ...text("a", "11 days", "about ten days"), claimIds: ["a"] },
      },
    ]);
    expect(needsNote(steps)).toEqual([]);
  });

  it("withdraws the pending correction when the claim is back to what was published", () => {
    const steps = planCorrections({
      firstClearedAt: CLEARED,
      changes: [text("a", "ten days", "11 days")],
      pending,
    });
    expect(steps).toEqual([
      {
        op: "withdraw",
        pending: pending[0],
        change: { ...text("a", "11 days", "11 days"), claimIds: ["a"] },
      },
    ]);
  });

  it("keeps text and verdict corrections of one claim apart", () => {
    const verdict: CorrectableChange = {
      claimId: "a",
      kind: "VERDICT",
      before: { rating: "Misleading", rationale: "r" },
      after: { rating: "False", rationale: "r" },
    };
    expect(planCorrections({ firstClearedAt: CLEARED, changes: [verdict], pending })).toEqual([
      { op: "record", change: verdict },
    ]);
  });
});

describe("groupOverlappingChanges", () => {
  const ranges: Record<string, [number, number]> = {
    outer: [10, 60],
    inner: [20, 30],
    apart: [80, 90],
    gone: [60, 60],
  };
  const rangeOf = (id: string) => ranges[id] ?? null;

  it("makes one change of overlapping claims' text changes, under the longest claim's words", () => {
    const grouped = groupOverlappingChanges(
      [text("inner", "13 US", "thirteen US"), text("outer", "over 113 … 13 US", "over 113 … thirteen US")],
      rangeOf,
    );
    expect(grouped).toEqual([
      { ...text("outer", "over 113 … 13 US", "over 113 … thirteen US"), claimIds: ["outer", "inner"] },
    ]);
  });

  it("counts a deleted claim whose words were at the edge of another as overlapping it", () => {
    const grouped = groupOverlappingChanges([text("outer", "a b", "a"), text("gone", "b", null)], rangeOf);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]?.claimIds?.sort()).toEqual(["gone", "outer"]);
  });

  it("keeps claims apart when their ranges do not meet, and verdict changes as they are", () => {
    const verdict: CorrectableChange = {
      claimId: "inner",
      kind: "VERDICT",
      before: { rating: "True", rationale: "r" },
      after: { rating: null, rationale: null },
    };
    const grouped = groupOverlappingChanges(
      [text("outer", "x", "y"), text("apart", "p", "q"), verdict],
      rangeOf,
    );
    expect(grouped).toEqual([text("outer", "x", "y"), text("apart", "p", "q"), verdict]);
  });
});

describe("planCorrections with grouped changes", () => {
  it("folds a change of any claim a pending correction covers into it", () => {
    const covering = [{ ...pending[0]!, claimIds: ["a", "b"] }];
    const steps = planCorrections({
      firstClearedAt: CLEARED,
      changes: [text("b", "x", "about ten days")],
      pending: covering,
    });
    expect(steps).toEqual([
      {
        op: "update",
        pending: covering[0],
        change: { ...text("a", "11 days", "about ten days"), claimIds: ["a", "b"] },
      },
    ]);
  });
});

describe("sameCorrectionValue", () => {
  it("compares verdicts by rating and trimmed rationale", () => {
    expect(
      sameCorrectionValue({ rating: "True", rationale: " r " }, { rating: "True", rationale: "r" }),
    ).toBe(true);
    expect(sameCorrectionValue({ rating: "True", rationale: "r" }, { rating: "False", rationale: "r" })).toBe(
      false,
    );
    expect(sameCorrectionValue({ rating: "True", rationale: "r" }, { rating: "True", rationale: "s" })).toBe(
      false,
    );
    expect(sameCorrectionValue({ quote: "a" }, { rating: "a", rationale: null })).toBe(false);
  });
});

describe("describeCorrection", () => {
  it("says what changed in one sentence", () => {
    expect(describeCorrection("TEXT", { quote: "11 days" }, { quote: "ten days" })).toBe(
      "The passage “11 days” now reads “ten days”.",
    );
    expect(describeCorrection("TEXT", { quote: "11 days" }, { quote: null })).toBe(
      "The passage “11 days” was removed.",
    );
    expect(describeCorrection("TEXT", { quote: null }, { quote: "ten days" })).toBe(
      "The passage now reads “ten days”.",
    );
    expect(
      describeCorrection(
        "VERDICT",
        { rating: "Misleading", rationale: "a" },
        { rating: "False", rationale: "b" },
      ),
    ).toBe("The verdict changed from “Misleading” to “False”.");
    expect(
      describeCorrection("VERDICT", { rating: "True", rationale: "a" }, { rating: "True", rationale: "b" }),
    ).toBe("The verdict “True” has a revised rationale.");
    expect(
      describeCorrection("VERDICT", { rating: "True", rationale: "a" }, { rating: null, rationale: null }),
    ).toBe("The verdict “True” was withdrawn.");
  });
});
