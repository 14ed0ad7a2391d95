import { describe, expect, it } from "vitest";
import { pastDueDateProblem } from "@/lib/domain/workflow/due-date";

const NOW = new Date("2026-12-03T15:00:00Z");

describe("pastDueDateProblem", () => {
  it("refuses a day before today", () => {
    expect(pastDueDateProblem("2026-12-02", NOW)).toBe(
      "The due date 2026-12-02 is in the past: choose today or a later day.",
    );
    expect(pastDueDateProblem(new Date("2026-01-15T00:00:00Z"), NOW)).toMatch(/in the past/);
  });

  it("takes today and later days, whatever the hour", () => {
    expect(pastDueDateProblem("2026-12-03", NOW)).toBeNull();
    expect(pastDueDateProblem(new Date("2026-12-03T00:00:00Z"), NOW)).toBeNull();
    expect(pastDueDateProblem("2030-01-15", NOW)).toBeNull();
  });
});
