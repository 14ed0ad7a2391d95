// One line of a claim's timeline in plain words, from an audit event's before/after.
import type * as React from "react";
import { WordDiff } from "@/components/ui/word-diff";
import { describeAction } from "@/components/audit/actions";
import { isRecord, isRedacted, type AuditEventView } from "@/components/audit/api";
import { PRIORITY_LABEL, formatDay } from "@/components/claims/detail/format";
import { CLAIM_STATUS_LABEL } from "@/lib/domain/claims/claim-status";

const text = (value: unknown, key: string): string | null => {
  const v = isRecord(value) ? value[key] : undefined;
  return typeof v === "string" ? v : null;
};

const statusLabel = (status: string | null) =>
  status ? ((CLAIM_STATUS_LABEL as Record<string, string>)[status] ?? status) : "unknown";

const quoteClass = "mt-0.5 font-serif text-[13px] text-slate-900";
const bodyClass = "mt-0.5 text-[13px] break-words whitespace-pre-wrap text-slate-900";

function Line({ children }: { children: React.ReactNode }) {
  return <p className="text-[13px] font-medium text-slate-900">{children}</p>;
}

function statusChange(e: AuditEventView): string {
  const from = text(e.before, "status");
  const to = text(e.after, "status");
  const verb =
    from === "VERIFIED" && to === "RESEARCHING"
      ? "Reopened"
      : `Moved from ${statusLabel(from)} to ${statusLabel(to)}`;
  if (!e.actor) return `${verb} by the system${e.reason ? `: ${e.reason}` : ""}`;
  return e.reason ? `${verb}: ${e.reason}` : verb;
}

/** "Assigned to Kim, due 5 Dec 2026" or, when only the schedule changed, what changed. */
function assignmentChange(e: AuditEventView): string {
  const assignee = text(e.after, "assignee");
  const due = text(e.after, "dueAt");
  const dueChanged = isRecord(e.after) && "dueAt" in e.after;
  const priority = text(e.after, "priority");
  const parts: string[] = [];
  if (assignee) parts.push(`Assigned to ${assignee}${due ? `, due ${formatDay(due)}` : ""}`);
  else if (dueChanged) parts.push(due ? `Due date set to ${formatDay(due)}` : "Due date removed");
  if (priority) {
    const label = (PRIORITY_LABEL as Record<string, string>)[priority] ?? priority;
    parts.push(parts.length ? `priority ${label}` : `Priority set to ${label}`);
  }
  if (parts.length === 0) return "Assigned";
  return parts.join("; ");
}

export function TimelineEntry({ event: e }: { event: AuditEventView }) {
  if (isRedacted(e)) return <Line>A sensitive source was changed (details hidden)</Line>;
  const sourceTitle = text(e.after, "title") ?? text(e.before, "title");
  switch (e.action) {
    case "claim.created": {
      const quote = text(e.after, "quote");
      return (
        <>
          <Line>Marked as a claim</Line>
          {quote && <p className={quoteClass}>“{quote}”</p>}
        </>
      );
    }
    case "claim.text_changed":
    case "claim.reattached": {
      const before = text(e.before, "quote") ?? "";
      const after = text(e.after, "quote") ?? "";
      return (
        <>
          <Line>{e.action === "claim.text_changed" ? "Wording changed" : "Re-attached to the text"}</Line>
          {before !== after && <WordDiff before={before} after={after} className={quoteClass} />}
        </>
      );
    }
    case "claim.orphaned":
      return <Line>Its words were deleted from the article; the claim was kept as orphaned</Line>;
    case "claim.assigned":
      return <Line>{assignmentChange(e)}</Line>;
    case "claim.status_changed":
      return <Line>{statusChange(e)}</Line>;
    case "verdict.proposed":
      return (
        <>
          <Line>Proposed the verdict “{text(e.after, "rating") ?? "unknown"}”</Line>
          {text(e.after, "rationale") && <p className={bodyClass}>{text(e.after, "rationale")}</p>}
        </>
      );
    case "verdict.approved": {
      const final = isRecord(e.after) && e.after.final === true;
      return (
        <Line>
          Approved the verdict “{text(e.after, "rating") ?? "unknown"}”
          {final ? ": the claim is verified" : ""}
        </Line>
      );
    }
    case "verdict.reconfirmed": {
      const before = text(e.before, "checkedQuote") ?? "";
      const after = text(e.after, "checkedQuote") ?? "";
      return (
        <>
          <Line>Re-confirmed the verdict “{text(e.after, "rating") ?? "unknown"}” for the new words</Line>
          {before !== after && <WordDiff before={before} after={after} className={quoteClass} />}
        </>
      );
    }
    case "verdict.sent_back":
      return (
        <>
          <Line>Sent the verdict back</Line>
          {text(e.after, "comment") && <p className={bodyClass}>{text(e.after, "comment")}</p>}
        </>
      );
    case "source.added":
    case "source.edited":
    case "source.removed": {
      const verb = { "source.added": "Added", "source.edited": "Edited", "source.removed": "Removed" }[
        e.action
      ];
      return (
        <Line>
          {verb} the source {sourceTitle ? <cite className="not-italic">“{sourceTitle}”</cite> : "(untitled)"}
        </Line>
      );
    }
    case "comment.added":
      return (
        <>
          <Line>Commented</Line>
          {text(e.after, "body") && <p className={bodyClass}>{text(e.after, "body")}</p>}
        </>
      );
    case "correction.recorded":
    case "correction.updated":
    case "correction.withdrawn": {
      const verb = {
        "correction.recorded": "Recorded a correction",
        "correction.updated": "Updated the pending correction",
        "correction.withdrawn": "Withdrew the pending correction (back to what was published)",
      }[e.action];
      const note = text(e.after, "note") ?? text(e.before, "note");
      return (
        <>
          <Line>{verb}</Line>
          {note && <p className={bodyClass}>Public note: {note}</p>}
        </>
      );
    }
    default:
      return (
        <>
          <Line>{describeAction(e.action)}</Line>
          {e.reason && <p className="text-xs text-slate-700">{e.reason}</p>}
        </>
      );
  }
}
