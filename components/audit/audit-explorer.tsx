"use client";
// The audit explorer: filters (kept in the URL), the matching events with "Load more",
// an event's before/after, chain verification and streamed exports.
import { useMemo, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { Button } from "@/components/ui/button";
import { AuditFiltersBar } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import type { AuditEventView } from "@/components/audit/api";
import { EventDialog } from "@/components/audit/event-dialog";
import { ExportControls } from "@/components/audit/export-controls";
import { dateRangeProblem, readFilters, toQuery, type AuditFilters } from "@/components/audit/filters";
import { useAuditEvents } from "@/components/audit/use-audit-events";
import { VerifyChain } from "@/components/audit/verify-chain";

export function AuditExplorer() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filters = useMemo(() => readFilters(new URLSearchParams(params.toString())), [params]);
  const query = toQuery(filters);
  const { state, loadMore, retry } = useAuditEvents(query);
  const [opened, setOpened] = useState<AuditEventView | null>(null);
  const datesWrong = dateRangeProblem(filters);

  const apply = (next: AuditFilters) => {
    const q = toQuery(next);
    router.replace(q ? `${pathname}?${q}` : pathname, { scroll: false });
  };

  return (
    <main className="mx-auto flex max-w-[1400px] flex-col gap-4 px-4 py-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold">Audit trail</h1>
          <p className="mt-1 text-sm text-slate-600">
            Every change to articles, claims, verdicts, sources, users and settings, newest first. Each event
            is chained to the one before it by its hash.
          </p>
        </div>
        <ExportControls query={query} />
      </div>
      <VerifyChain />
      <AuditFiltersBar filters={filters} onApply={apply} />
      {datesWrong && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-3 rounded-md bg-amber-50 p-3 text-sm text-amber-950"
        >
          <p>{datesWrong}</p>
          <Button
            size="sm"
            variant="outline"
            onClick={() => apply({ ...filters, from: filters.to, to: filters.from })}
          >
            Swap the dates
          </Button>
        </div>
      )}
      {!datesWrong && state.kind === "loading" && (
        <p role="status" className="text-sm text-slate-600">
          Loading events…
        </p>
      )}
      {!datesWrong && state.kind === "failed" && (
        <div role="alert" className="flex flex-col items-start gap-2 text-sm text-red-900">
          <p>Could not load the audit trail. {state.message}</p>
          <Button size="sm" variant="outline" onClick={retry}>
            Try again
          </Button>
        </div>
      )}
      {!datesWrong &&
        state.kind === "ready" &&
        (state.events.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
            No events match these filters.
          </p>
        ) : (
          <>
            <AuditTable events={state.events} onOpen={setOpened} />
            <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
              <span role="status">
                {state.events.length} event{state.events.length === 1 ? "" : "s"} shown
                {state.nextCursor ? "" : " · that is all"}
              </span>
              {state.nextCursor && (
                <Button variant="outline" size="sm" onClick={loadMore} disabled={state.more === "loading"}>
                  {state.more === "loading" ? "Loading…" : "Load more"}
                </Button>
              )}
              {state.more === "failed" && (
                <span role="alert" className="text-red-800">
                  Could not load more events. Try again.
                </span>
              )}
            </div>
          </>
        ))}
      <EventDialog event={opened} onClose={() => setOpened(null)} />
    </main>
  );
}
