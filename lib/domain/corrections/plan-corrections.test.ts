import { describe, expect, it } from "vitest";
import {
  describeCorrection,
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
      { op: "update", pending: pending[0], change: text("a", "11 days", "about ten days") },
    ]);
    expect(needsNote(steps)).toEqual([]);
  });

  it("withdraws the pending correction when the claim is back to what was published", () => {
    const steps = planCorrections({
      firstClearedAt: CLEARED,
      changes: [text("a", "ten days", "11 days")],
      pending,
    });
    expect(steps).toEqual([{ op: "withdraw", pending: pending[0], change: text("a", "11 days", "11 days") }]);
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
