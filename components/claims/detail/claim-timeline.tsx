"use client";
// The claim's story from its audit trail, oldest first: what happened, who did it, when.
// Everything people wrote is rendered as text.
import { useEffect, useState } from "react";
import { RelativeTime } from "@/components/ui/relative-time";
import { auditApi, type AuditEventView } from "@/components/audit/api";
import { TimelineEntry } from "@/components/audit/timeline-entry";
import { toApiError } from "@/components/claims/detail/api";

type State =
  { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; events: AuditEventView[] };

export function ClaimTimeline({ claimId, refreshKey }: { claimId: string; refreshKey?: unknown }) {
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    const abort = new AbortController();
    auditApi.timeline(claimId, abort.signal).then(
      (r) => setState({ kind: "ready", events: r.events }),
      (error: unknown) => {
        // A refresh that fails keeps the story already shown.
        if (!abort.signal.aborted)
          setState((s) => (s.kind === "ready" ? s : { kind: "failed", message: toApiError(error).message }));
      },
    );
    return () => abort.abort();
  }, [claimId, refreshKey]);

  if (state.kind === "loading") return <p className="text-xs text-slate-600">Loading the timeline…</p>;
  if (state.kind === "failed") {
    return (
      <p role="alert" className="text-xs text-red-900">
        Could not load the timeline. {state.message}
      </p>
    );
  }
  if (state.events.length === 0) return <p className="text-xs text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol aria-label="Claim timeline" className="flex flex-col border-l border-slate-200">
      {state.events.map((event) => (
        <li key={event.seq} className="relative py-1.5 pl-3">
          <span
            aria-hidden="true"
            className="absolute top-3 -left-[3px] size-1.5 rounded-full bg-slate-400"
          />
          <TimelineEntry event={event} />
          <p className="mt-0.5 text-xs text-slate-600">
            {event.actor ? event.actor.name : "System"} · <RelativeTime iso={event.at} />
          </p>
        </li>
      ))}
    </ol>
  );
}
