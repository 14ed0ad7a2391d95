// The dashboard's numbers as one CSV table: a row per figure, day and person or status.
import { toCsv, type CsvValue } from "@/lib/domain/csv";
import type { DashboardFigures } from "@/lib/domain/dashboard/figures";
import { CLAIM_STATUSES } from "@/lib/domain/dashboard/status-series";

export const DASHBOARD_CSV_HEADER = ["figure", "day", "status", "checker_id", "checker", "value"] as const;

/** Durations are written in hours (two decimals): what a spreadsheet user reads. */
function hours(ms: number | null): CsvValue {
  return ms === null ? "" : (ms / 3_600_000).toFixed(2);
}

export function dashboardCsv(figures: DashboardFigures): string {
  const rows: CsvValue[][] = [];
  for (const point of figures.statusSeries) {
    for (const status of CLAIM_STATUSES)
      rows.push(["claims_by_status", point.day, status, "", "", point[status]]);
  }
  for (const { day, verified } of figures.throughput.perDay)
    rows.push(["verified_per_day", day, "", "", "", verified]);
  for (const p of figures.throughput.perChecker) {
    rows.push(["verified_per_checker", "", "", p.id, p.name, p.verified]);
  }
  const { overall, perChecker } = figures.timeToVerdict;
  rows.push(["verdicts_timed", "", "", "", "", overall.count]);
  rows.push(["hours_to_verdict_median", "", "", "", "", hours(overall.medianMs)]);
  rows.push(["hours_to_verdict_p90", "", "", "", "", hours(overall.p90Ms)]);
  for (const p of perChecker) {
    rows.push(["verdicts_timed", "", "", p.id, p.name, p.count]);
    rows.push(["hours_to_verdict_median", "", "", p.id, p.name, hours(p.medianMs)]);
    rows.push(["hours_to_verdict_p90", "", "", p.id, p.name, hours(p.p90Ms)]);
  }
  for (const p of figures.overdue.perChecker)
    rows.push(["overdue_claims", "", "", p.id ?? "", p.name, p.overdue]);
  for (const g of figures.gates) rows.push(["articles_at_gate", "", g.status, "", "", g.articles]);
  return toCsv(DASHBOARD_CSV_HEADER, rows);
}
