// Every verdict proposed on the claim, newest first, kept as evidence: its state, rating,
// rationale (shown as written, as text), who proposed and who approved it, what it cites.
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ClaimDetailData, DetailVerdict } from "@/components/claims/detail/api";

const STATE: Record<DetailVerdict["state"], { label: string; badge: string }> = {
  PROPOSED: { label: "Awaiting review", badge: "border-amber-300 bg-amber-50 text-amber-900" },
  APPROVED: { label: "Approved", badge: "border-green-300 bg-green-50 text-green-900" },
  SENT_BACK: { label: "Sent back", badge: "border-red-300 bg-red-50 text-red-900" },
  SUPERSEDED: { label: "Superseded", badge: "border-slate-300 bg-white text-slate-700" },
};

export function VerdictHistory({ detail }: { detail: ClaimDetailData }) {
  if (detail.verdicts.length === 0) return <p className="text-xs text-slate-600">No verdict proposed yet.</p>;
  const titles = new Map(detail.sources.map((s) => [s.id, s.title]));
  return (
    <ol aria-label="Verdict history" className="flex flex-col gap-1.5">
      {detail.verdicts.map((verdict) => (
        <li key={verdict.id}>
          <VerdictEntry verdict={verdict} titles={titles} approvalsRequired={detail.approvalsRequired} />
        </li>
      ))}
    </ol>
  );
}

function VerdictEntry({
  verdict,
  titles,
  approvalsRequired,
}: {
  verdict: DetailVerdict;
  titles: Map<string, string>;
  approvalsRequired: number;
}) {
  const state = STATE[verdict.state];
  const cited = verdict.sourceIds.map((id) => titles.get(id)).filter((t): t is string => t !== undefined);
  // Sensitive sources are not sent to everyone; say they exist without naming them.
  const hidden = verdict.sourceIds.length - cited.length;
  const approvers = verdict.approvals.map((a) => a.approver.name);
  return (
    <article
      data-verdict-state={verdict.state}
      className={
        verdict.state === "SUPERSEDED"
          ? "rounded-md border border-dashed border-slate-300 p-2"
          : "rounded-md border border-slate-200 p-2"
      }
    >
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="text-[13px] font-semibold text-slate-900">{verdict.rating.label}</span>
        <Badge className={state.badge}>{state.label}</Badge>
      </div>
      <p className="mt-1 text-[13px] whitespace-pre-wrap break-words text-slate-900">{verdict.rationale}</p>
      {verdict.correctionNote && (
        <p className="mt-1 rounded border-l-2 border-amber-500 bg-amber-50 px-2 py-1 text-xs break-words whitespace-pre-wrap text-slate-900">
          <span className="font-medium">Public correction note:</span> {verdict.correctionNote}
        </p>
      )}
      <p className="mt-1 text-xs text-slate-600">
        Proposed by {verdict.proposedBy.name} · <RelativeTime iso={verdict.createdAt} />
      </p>
      {approvers.length > 0 && (
        <p className="text-xs text-slate-700">
          Approved by {approvers.join(", ")}
          {verdict.state === "PROPOSED" && approvalsRequired > approvers.length
            ? ` · ${approvers.length} of ${approvalsRequired} approvals`
            : ""}
        </p>
      )}
      {verdict.sourceIds.length > 0 && (
        <div className="mt-1 text-xs text-slate-700">
          <span className="font-medium text-slate-800">Cites:</span>{" "}
          {cited.map((title, i) => (
            <span key={`${i}-${title}`}>
              {i > 0 && "; "}
              <cite className="not-italic">{title}</cite>
            </span>
          ))}
          {hidden > 0 &&
            `${cited.length > 0 ? "; " : ""}${hidden} source${hidden === 1 ? "" : "s"} not shown to you`}
        </div>
      )}
    </article>
  );
}
