import { describe, expect, it } from "vitest";
import { addDays, daysOf, firstOpenDay, rangeLength, resolveRange } from "./date-range";

describe("dashboard date range", () => {
  const now = new Date("2026-12-03T23:30:00Z");

  it("defaults to the last 30 UTC days, today included", () => {
    expect(resolveRange({}, now)).toEqual({ from: "2026-11-04", to: "2026-12-03" });
    expect(rangeLength(resolveRange({}, now))).toBe(30);
  });

  it("takes one end alone as the 30 days starting or ending there", () => {
    expect(resolveRange({ from: "2026-01-01" }, now)).toEqual({ from: "2026-01-01", to: "2026-01-30" });
    expect(resolveRange({ to: "2026-03-01" }, now)).toEqual({ from: "2026-01-31", to: "2026-03-01" });
  });

  it("lists every day, across month and leap-year ends", () => {
    expect(daysOf({ from: "2024-02-28", to: "2024-03-01" })).toEqual([
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
    ]);
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(rangeLength({ from: "2026-12-04", to: "2026-12-03" })).toBe(0);
  });

  it("closes a day ten minutes after its midnight", () => {
    expect(firstOpenDay(new Date("2026-12-03T00:09:59.999Z"))).toBe("2026-12-02");
    expect(firstOpenDay(new Date("2026-12-03T00:10:00.000Z"))).toBe("2026-12-03");
    expect(firstOpenDay(now)).toBe("2026-12-03");
  });
});
