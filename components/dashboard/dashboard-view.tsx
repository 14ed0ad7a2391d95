// The managers' dashboard: each figure as a chart and as a table whose numbers link to
// the list behind them.
import Link from "next/link";
import { Download } from "lucide-react";
import type { DashboardFigures } from "@/lib/domain/dashboard/figures";
import { ARTICLE_STATUS_LABEL } from "@/lib/domain/claims/claim-status";
import { StatusSection } from "@/components/dashboard/status-section";
import { Empty, LINK, Section, TD, TH } from "@/components/dashboard/section";
import { SimpleBarChart } from "@/components/dashboard/bar-chart";
import {
  auditOf,
  dashboardCsvHref,
  deskByAssignee,
  deskByStatus,
  formatHours,
} from "@/components/dashboard/links";

export function DashboardView({ figures }: { figures: DashboardFigures }) {
  const { range, throughput, timeToVerdict, overdue, gates } = figures;
  const busiest = throughput.perDay.reduce((a, b) => (b.verified > a.verified ? b : a), {
    day: "",
    verified: 0,
  });
  return (
    <div className="grid grid-cols-1 gap-4">
      <div className="flex flex-wrap items-center gap-4 text-sm text-slate-700">
        <p>
          {range.from} to {range.to}, days in UTC. Overdue work and gates as of now.
        </p>
        <a
          href={dashboardCsvHref(range)}
          download
          className="ml-auto inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100"
        >
          <Download className="size-4" aria-hidden="true" />
          Download CSV
        </a>
      </div>

      <StatusSection figures={figures} />

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Section id="dash-throughput" title={`Claims verified: ${throughput.total}`}>
          <SimpleBarChart
            data={throughput.perDay}
            category="day"
            value="verified"
            label="Verified"
            colour="#16a34a"
            summary={`Claims verified per day from ${range.from} to ${range.to}: ${throughput.total} in all${
              busiest.verified > 0 ? `, most on ${busiest.day} (${busiest.verified})` : ""
            }.`}
          />
          {throughput.perChecker.length === 0 ? (
            <Empty>No claim was verified in this range.</Empty>
          ) : (
            <table className="mt-3 w-full text-sm">
              <caption className="sr-only">
                Claims verified per fact-checker (the verdict&apos;s proposer)
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    Fact-checker
                  </th>
                  <th scope="col" className={TH}>
                    Verified
                  </th>
                </tr>
              </thead>
              <tbody>
                {throughput.perChecker.map((p) => (
                  <tr key={p.id} className="border-t border-slate-100">
                    <th scope="row" className={`${TD} text-left font-normal`}>
                      {p.name}
                    </th>
                    <td className={TD}>
                      <Link
                        className={LINK}
                        href={deskByAssignee(p.id)}
                        aria-label={`${p.verified} verified by ${p.name}`}
                      >
                        {p.verified}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="mt-2 text-xs text-slate-600">
            Each day&apos;s approvals are in the{" "}
            <Link className={LINK} href={auditOf("verdict.approved", range.from, range.to)}>
              audit trail
            </Link>
            .
          </p>
        </Section>

        <Section id="dash-time" title="Time from marking to verdict">
          <p className="text-sm text-slate-700">
            {timeToVerdict.overall.count === 0 ? (
              "No verdict was approved in this range."
            ) : (
              <>
                Median <strong>{formatHours(timeToVerdict.overall.medianMs)}</strong>, 90th percentile{" "}
                <strong>{formatHours(timeToVerdict.overall.p90Ms)}</strong> over {timeToVerdict.overall.count}{" "}
                verdicts.
              </>
            )}
          </p>
          {timeToVerdict.perChecker.length > 0 && (
            <table className="mt-3 w-full text-sm">
              <caption className="sr-only">Time from marking to verdict per fact-checker</caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    Fact-checker
                  </th>
                  <th scope="col" className={TH}>
                    Verdicts
                  </th>
                  <th scope="col" className={TH}>
                    Median
                  </th>
                  <th scope="col" className={TH}>
                    90th percentile
                  </th>
                </tr>
              </thead>
              <tbody>
                {timeToVerdict.perChecker.map((p) => (
                  <tr key={p.id} className="border-t border-slate-100">
                    <th scope="row" className={`${TD} text-left font-normal`}>
                      <Link className={LINK} href={deskByAssignee(p.id)}>
                        {p.name}
                      </Link>
                    </th>
                    <td className={TD}>{p.count}</td>
                    <td className={TD}>{formatHours(p.medianMs)}</td>
                    <td className={TD}>{formatHours(p.p90Ms)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>

        <Section id="dash-overdue" title={`Overdue work: ${overdue.total}`}>
          {overdue.perChecker.length === 0 ? (
            <Empty>Nothing is past its due date.</Empty>
          ) : (
            <>
              <SimpleBarChart
                data={overdue.perChecker}
                category="name"
                value="overdue"
                label="Overdue claims"
                colour="#b91c1c"
                summary={`Overdue claims by fact-checker: ${overdue.perChecker
                  .map((p) => `${p.name} ${p.overdue}`)
                  .join(", ")}.`}
              />
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">Claims past their due date and not settled, by assignee</caption>
                <thead>
                  <tr>
                    <th scope="col" className={TH}>
                      Assignee
                    </th>
                    <th scope="col" className={TH}>
                      Overdue claims
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {overdue.perChecker.map((p) => (
                    <tr key={p.id ?? "unassigned"} className="border-t border-slate-100">
                      <th scope="row" className={`${TD} text-left font-normal`}>
                        {p.name}
                      </th>
                      <td className={TD}>
                        <Link
                          className={LINK}
                          href={p.id ? deskByAssignee(p.id) : deskByStatus("IN_CHECK")}
                          aria-label={`${p.overdue} overdue for ${p.name}`}
                        >
                          {p.overdue}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </Section>

        <Section id="dash-gates" title="Articles at each gate">
          <SimpleBarChart
            data={gates.map((g) => ({ gate: ARTICLE_STATUS_LABEL[g.status], articles: g.articles }))}
            category="gate"
            value="articles"
            label="Articles"
            colour="#475569"
            summary={`Articles at each gate: ${gates.map((g) => `${ARTICLE_STATUS_LABEL[g.status]} ${g.articles}`).join(", ")}.`}
          />
          <table className="mt-3 w-full text-sm">
            <caption className="sr-only">Articles at each gate</caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  Gate
                </th>
                <th scope="col" className={TH}>
                  Articles
                </th>
              </tr>
            </thead>
            <tbody>
              {gates.map((g) => (
                <tr key={g.status} className="border-t border-slate-100">
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    {ARTICLE_STATUS_LABEL[g.status]}
                  </th>
                  <td className={TD}>
                    <Link
                      className={LINK}
                      href={deskByStatus(g.status)}
                      aria-label={`${g.articles} ${ARTICLE_STATUS_LABEL[g.status].toLowerCase()} articles`}
                    >
                      {g.articles}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
    </div>
  );
}
