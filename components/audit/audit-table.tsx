"use client";
// The audit trail as a dense table, newest first. A row opens the event in full.
import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { describeAction } from "@/components/audit/actions";
import type { AuditEventView } from "@/components/audit/api";

const HEADINGS = ["Seq", "Time", "Person", "Action", "Article", "Claim"];

export function AuditTable({
  events,
  onOpen,
}: {
  events: AuditEventView[];
  onOpen: (event: AuditEventView) => void;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="stack-table w-full text-sm">
        <caption className="sr-only">
          Audit events, newest first. Choose an event number to see what changed.
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            {HEADINGS.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {events.map((e) => (
            <tr
              key={e.seq}
              className="cursor-pointer hover:bg-slate-50"
              onClick={(click) => {
                // Links inside the row keep their own meaning.
                if (!(click.target as HTMLElement).closest("a,button")) onOpen(e);
              }}
            >
              <td data-label="Seq" className="px-3 py-2">
                <button
                  type="button"
                  onClick={() => onOpen(e)}
                  aria-label={`Event ${e.seq}: show details`}
                  className="rounded font-mono text-xs text-blue-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                >
                  {e.seq}
                </button>
              </td>
              <td data-label="Time" className="px-3 py-2 whitespace-nowrap text-slate-700">
                <RelativeTime iso={e.at} />
              </td>
              <td data-label="Person" className="px-3 py-2">
                {e.actor ? (
                  <span className="text-slate-900">{e.actor.name}</span>
                ) : (
                  <span className="text-slate-900 italic">System</span>
                )}
              </td>
              <td data-label="Action" className="px-3 py-2">
                <span className="text-slate-900">{describeAction(e.action)}</span>
                {e.reason && <span className="block max-w-xs text-xs text-slate-600">{e.reason}</span>}
              </td>
              <td data-label="Article" className="max-w-[16rem] px-3 py-2">
                {e.article ? (
                  <Link
                    href={`/articles/${e.article.id}`}
                    className="text-slate-900 underline-offset-2 hover:underline"
                  >
                    {e.article.title}
                  </Link>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
              <td data-label="Claim" className="max-w-md px-3 py-2">
                {e.claim && e.articleId ? (
                  <Link
                    href={`/articles/${e.articleId}?claim=${e.claim.id}`}
                    className="line-clamp-2 font-serif text-slate-900 underline-offset-2 hover:underline"
                  >
                    “{e.claim.quote}”
                  </Link>
                ) : e.claim ? (
                  <span className="line-clamp-2 font-serif text-slate-900">“{e.claim.quote}”</span>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
