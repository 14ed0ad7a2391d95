import { describe, expect, it } from "vitest";
import {
  summariseDurations,
  summariseGates,
  summariseOverdue,
  summariseThroughput,
  verifiedTotals,
} from "./figures";
import { dashboardCsv } from "./dashboard-csv";
import { parseCsv } from "@/lib/domain/csv";
import { emptyCounts } from "./status-series";

const names: Record<string, string> = { a: "Ada", b: "Bo" };
const nameOf = (id: string) => names[id] ?? "Unknown user";

describe("dashboard figures", () => {
  it("throughput: every day of the range, and checkers most first, from its parts", () => {
    const t = summariseThroughput(
      ["2026-12-01", "2026-12-02"],
      [
        {
          byDay: [{ day: "2026-12-01", count: 3 }],
          byChecker: [
            { checkerId: "a", count: 1 },
            { checkerId: "b", count: 2 },
          ],
        },
        verifiedTotals([
          { day: "2026-12-02", checkerId: "a", count: 1 },
          { day: "2026-12-02", checkerId: "b", count: 1 },
        ]),
      ],
      nameOf,
    );
    expect(t).toEqual({
      total: 5,
      perDay: [
        { day: "2026-12-01", verified: 3 },
        { day: "2026-12-02", verified: 2 },
      ],
      perChecker: [
        { id: "b", name: "Bo", verified: 3 },
        { id: "a", name: "Ada", verified: 2 },
      ],
    });
    expect(() =>
      summariseThroughput(
        ["2026-12-01"],
        [{ byDay: [{ day: "2026-11-30", count: 1 }], byChecker: [] }],
        nameOf,
      ),
    ).toThrow("2026-11-30 is not a day of the range.");
  });

  it("durations: median and p90 rounded to whole ms, overall and per checker", () => {
    const d = summariseDurations(
      [
        { checkerId: null, count: 3, median: 2000, p90: 2799.6 },
        { checkerId: "a", count: 1, median: 1000, p90: 1000 },
        { checkerId: "b", count: 2, median: 2500.5, p90: 2900.25 },
      ],
      nameOf,
    );
    expect(d.overall).toEqual({ count: 3, medianMs: 2000, p90Ms: 2800 });
    expect(d.perChecker).toEqual([
      { id: "b", name: "Bo", count: 2, medianMs: 2501, p90Ms: 2900 },
      { id: "a", name: "Ada", count: 1, medianMs: 1000, p90Ms: 1000 },
    ]);
    expect(summariseDurations([], nameOf).overall).toEqual({ count: 0, medianMs: null, p90Ms: null });
  });

  it("overdue and gates", () => {
    expect(
      summariseOverdue(
        [
          { assigneeId: "a", count: 2 },
          { assigneeId: null, count: 1 },
        ],
        nameOf,
      ),
    ).toEqual({
      total: 3,
      perChecker: [
        { id: "a", name: "Ada", overdue: 2 },
        { id: null, name: "Unassigned", overdue: 1 },
      ],
    });
    expect(summariseGates([{ status: "CLEARED", count: 4 }])).toEqual([
      { status: "DRAFT", articles: 0 },
      { status: "IN_CHECK", articles: 0 },
      { status: "CLEARED", articles: 4 },
    ]);
  });

  it("CSV: every number, with hours for durations", () => {
    const csv = dashboardCsv({
      range: { from: "2026-12-01", to: "2026-12-01", timezone: "UTC" },
      asOf: "2026-12-01T12:00:00.000Z",
      statusSeries: [{ day: "2026-12-01", ...emptyCounts(), OPEN: 2 }],
      statusNow: { ...emptyCounts(), OPEN: 2 },
      throughput: {
        total: 1,
        perDay: [{ day: "2026-12-01", verified: 1 }],
        perChecker: [{ id: "a", name: "Ada", verified: 1 }],
      },
      timeToVerdict: {
        overall: { count: 1, medianMs: 5_400_000, p90Ms: 5_400_000 },
        perChecker: [{ id: "a", name: "Ada", count: 1, medianMs: 5_400_000, p90Ms: 5_400_000 }],
      },
      overdue: { total: 1, perChecker: [{ id: "a", name: "=Ada", overdue: 1 }] },
      gates: [{ status: "DRAFT", articles: 3 }],
    });
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(["figure", "day", "status", "checker_id", "checker", "value"]);
    expect(rows).toContainEqual(["claims_by_status", "2026-12-01", "OPEN", "", "", "2"]);
    expect(rows).toContainEqual(["hours_to_verdict_median", "", "", "", "", "1.50"]);
    expect(rows).toContainEqual(["overdue_claims", "", "", "a", "=Ada", "1"]);
    expect(csv).toContain("'=Ada");
    expect(rows).toContainEqual(["articles_at_gate", "", "DRAFT", "", "", "3"]);
  });
});
