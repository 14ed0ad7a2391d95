import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { ClaimStatusBadge, OrphanedBadge } from "@/components/claims/claim-status-badge";
import { StaleCheckNotice } from "@/components/claims/stale-check-notice";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import type { ClaimStatusName } from "@/lib/domain/claims/claim-status";

export interface QueueRow {
  id: string;
  quote: string;
  status: ClaimStatusName;
  orphaned: boolean;
  priority: string;
  dueAt: string | null;
  overdue: boolean;
  /** The words its approved verdict checked (null before any approval). */
  checkedQuote: string | null;
  /** The words now differ from `checkedQuote`. */
  stale: boolean;
  /** Listed for a re-confirmation of its verdict (review queue), not for a proposal. */
  awaitsReconfirmation: boolean;
  article: { id: string; title: string };
  assignee: { name: string } | null;
}

const PRIORITY_LABEL: Record<string, string> = {
  LOW: "Low",
  NORMAL: "Normal",
  HIGH: "High",
  URGENT: "Urgent",
};

function formatDue(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function QueueTable({
  title,
  description,
  rows,
  empty,
  path,
  nextCursor = null,
  prevCursor = null,
}: {
  title: string;
  description: string;
  rows: QueueRow[];
  empty: string;
  /** The queue's page address, for the pager's links (`/queue`). */
  path: string;
  nextCursor?: string | null;
  prevCursor?: string | null;
}) {
  return (
    <main className="mx-auto max-w-[1400px] px-4 py-6">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="mt-1 mb-4 text-sm text-slate-600">{description}</p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          {empty}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="stack-table w-full text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Claim
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Article
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Assignee
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Priority
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Due
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.id} className="hover:bg-slate-50">
                  <td data-label="Claim" className="max-w-md px-4 py-2.5">
                    <Link
                      href={`/articles/${c.article.id}?claim=${c.id}`}
                      className="font-serif text-slate-900 hover:underline"
                    >
                      “{c.quote}”
                    </Link>
                    {c.stale && c.checkedQuote !== null && !c.orphaned && (
                      <StaleCheckNotice className="mt-1.5" checkedQuote={c.checkedQuote} quote={c.quote} />
                    )}
                  </td>
                  <td data-label="Article" className="px-4 py-2.5 text-slate-700">
                    {c.article.title}
                  </td>
                  <td data-label="Status" className="px-4 py-2.5">
                    <span className="flex flex-wrap gap-1">
                      <ClaimStatusBadge status={c.status} />
                      {c.orphaned && <OrphanedBadge />}
                      {c.awaitsReconfirmation && (
                        <Badge className="border-amber-700 bg-white text-amber-950">Re-confirm verdict</Badge>
                      )}
                    </span>
                  </td>
                  <td data-label="Assignee" className="px-4 py-2.5 text-slate-700">
                    {c.assignee?.name ?? "—"}
                  </td>
                  <td data-label="Priority" className="px-4 py-2.5 text-slate-700">
                    {PRIORITY_LABEL[c.priority] ?? c.priority}
                  </td>
                  <td data-label="Due" className="px-4 py-2.5 whitespace-nowrap">
                    {c.dueAt ? (
                      <span
                        className={
                          c.overdue
                            ? "inline-flex items-center gap-1 font-medium text-red-800"
                            : "text-slate-700"
                        }
                      >
                        {c.overdue && <AlertTriangle className="size-3.5" aria-hidden="true" />}
                        {formatDue(c.dueAt)}
                        {c.overdue && " · overdue"}
                      </span>
                    ) : (
                      <span className="text-slate-500">No due date</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        label={`${title} pages`}
        previous={prevCursor ? `${path}?before=${prevCursor}` : null}
        next={nextCursor ? `${path}?cursor=${nextCursor}` : null}
      />
    </main>
  );
}
