// The head of an open claim: where it stands (status, and once verified its rating, as
// two separate badges), who has it, by when, how urgent, and why it is where it is.
import { AlertTriangle, CalendarClock, Flag, Scale, UserRound } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { ClaimStatusBadge, OrphanedBadge } from "@/components/claims/claim-status-badge";
import type { ClaimDetailData } from "@/components/claims/detail/api";
import { PRIORITY_LABEL, dueStateOf, formatDay } from "@/components/claims/detail/format";
import { cn } from "@/lib/utils";

export function ClaimSummary({ detail }: { detail: ClaimDetailData }) {
  const due = detail.dueAt ? dueStateOf(detail.dueAt, detail.status) : null;
  const urgent = detail.priority === "HIGH" || detail.priority === "URGENT";
  return (
    <div className="flex flex-col gap-2">
      <p className="flex flex-wrap items-center gap-1.5" data-claim-state>
        <ClaimStatusBadge status={detail.status} />
        {detail.rating && (
          <>
            {/* Spaced in the text too, so it reads "Verified · Misleading" wherever it is copied. */}{" "}
            <span aria-hidden="true" className="text-slate-500">
              ·
            </span>{" "}
            <Badge className="border-slate-400 bg-white text-slate-900" data-rating={detail.rating.label}>
              <Scale aria-hidden="true" />
              {detail.rating.label}
            </Badge>
          </>
        )}
        {detail.orphaned && <OrphanedBadge />}
      </p>
      {/* Dismissing and reopening leave a reason; a claim verified again keeps it for the
          record, but it no longer explains where the claim stands. */}
      {detail.statusReason && detail.status !== "VERIFIED" && (
        <p className="rounded border border-slate-200 bg-slate-50 px-2 py-1 text-xs text-slate-800">
          <span className="font-medium">{detail.status === "DISMISSED" ? "Dismissed" : "Reopened"}:</span>{" "}
          {detail.statusReason}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-xs">
        <dt className="inline-flex items-center gap-1 text-slate-600">
          <UserRound className="size-3" aria-hidden="true" />
          Assignee
        </dt>
        <dd className="text-slate-900">{detail.assignee?.name ?? "Unassigned"}</dd>
        <dt className="inline-flex items-center gap-1 text-slate-600">
          <CalendarClock className="size-3" aria-hidden="true" />
          Due
        </dt>
        <dd className={cn("text-slate-900", due === "overdue" && "font-medium text-red-800")}>
          {detail.dueAt ? (
            <>
              {due === "overdue" && <AlertTriangle className="mr-1 inline size-3" aria-hidden="true" />}
              {due === "overdue" ? "Overdue — was due " : due === "today" ? "Due today, " : ""}
              <time dateTime={detail.dueAt}>{formatDay(detail.dueAt)}</time>
            </>
          ) : (
            "No due date"
          )}
        </dd>
        <dt className="inline-flex items-center gap-1 text-slate-600">
          <Flag className="size-3" aria-hidden="true" />
          Priority
        </dt>
        <dd className={cn("text-slate-900", urgent && "font-medium text-amber-900")}>
          {PRIORITY_LABEL[detail.priority]}
        </dd>
      </dl>
    </div>
  );
}
