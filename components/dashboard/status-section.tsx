// Claims by status over time: the chart, the day-by-day table (each day links to its status
// changes in the audit trail) and today's counts.
import Link from "next/link";
import type { DashboardFigures } from "@/lib/domain/dashboard/figures";
import { CLAIM_STATUS_LABEL, CLAIM_STATUSES } from "@/lib/domain/claims/claim-status";
import { StatusChart } from "@/components/dashboard/status-chart";
import { auditOf } from "@/components/dashboard/links";
import { LINK, Section, TD, TH } from "@/components/dashboard/section";

export function StatusSection({ figures }: { figures: DashboardFigures }) {
  const { range, statusSeries, statusNow } = figures;
  const last = statusSeries.at(-1);
  const statusSummary = `Claims by status from ${range.from} to ${range.to}. On ${range.to}: ${CLAIM_STATUSES.map(
    (s) => `${last?.[s] ?? 0} ${CLAIM_STATUS_LABEL[s].toLowerCase()}`,
  ).join(", ")}.`;
  return (
    <Section id="dash-status" title="Claims by status over time">
      <StatusChart series={statusSeries} summary={statusSummary} />
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-slate-700">Claims by status, day by day (table)</summary>
        <div className="mt-2 max-h-80 overflow-auto">
          <table className="w-full">
            <caption className="sr-only">Claims in each status at the end of each day (UTC)</caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  Day
                </th>
                {CLAIM_STATUSES.map((s) => (
                  <th key={s} scope="col" className={TH}>
                    {CLAIM_STATUS_LABEL[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {statusSeries.map((point) => (
                <tr key={point.day} className="border-t border-slate-100">
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    <Link className={LINK} href={auditOf("claim.status_changed", point.day, point.day)}>
                      {point.day}
                    </Link>
                  </th>
                  {CLAIM_STATUSES.map((s) => (
                    <td key={s} className={TD}>
                      {point[s]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="mt-2 text-sm text-slate-700">
        Now:{" "}
        {CLAIM_STATUSES.map((s, i) => (
          <span key={s}>
            {i > 0 && " · "}
            {s === "IN_REVIEW" ? (
              <Link className={LINK} href="/review">
                {statusNow[s]} {CLAIM_STATUS_LABEL[s].toLowerCase()}
              </Link>
            ) : (
              `${statusNow[s]} ${CLAIM_STATUS_LABEL[s].toLowerCase()}`
            )}
          </span>
        ))}
      </p>
    </Section>
  );
}
