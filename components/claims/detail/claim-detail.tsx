"use client";
// An opened claim: where it stands, the moves the viewer may make, its sources, its
// verdicts and its discussion. Everything comes from GET /api/v1/claims/:id; every change
// re-renders from the server's answer and is reported to the owner through onChanged.
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { toApiError, type ClaimDetailData } from "@/components/claims/detail/api";
import { ClaimActions, isActionAvailable, type ActionKind } from "@/components/claims/detail/claim-actions";
import { ClaimSummary } from "@/components/claims/detail/claim-summary";
import { ClaimTimeline } from "@/components/claims/detail/claim-timeline";
import { CommentThread } from "@/components/claims/detail/comment-thread";
import { SectionHeading } from "@/components/claims/detail/form-bits";
import { SourceList } from "@/components/claims/detail/source-list";
import { StaleCheck } from "@/components/claims/detail/stale-check";
import { useClaimDetail } from "@/components/claims/detail/use-claim-detail";
import { VerdictForm } from "@/components/claims/detail/verdict-form";
import { VerdictHistory } from "@/components/claims/detail/verdict-history";
import type { ClaimStatusName } from "@/lib/domain/claims/claim-status";

export type { ClaimDetailData } from "@/components/claims/detail/api";

export function ClaimDetail({
  claimId,
  onChanged,
  knownStatus,
  knownQuote,
  knownCheckedQuote,
}: {
  claimId: string;
  onChanged: (detail: ClaimDetailData) => void;
  /**
   * The status the owner last heard of (e.g. from an article save). When it differs from
   * the one shown, the detail is fetched again: the text may have reopened the claim.
   */
  knownStatus?: ClaimStatusName;
  /**
   * The claim's words, and the words its verdict checked, as the server last said (not the
   * editor's unsent typing): when they differ from the ones shown, the detail is fetched
   * again, so its "Checked text changed" diff follows the words and a re-confirmation.
   */
  knownQuote?: string;
  knownCheckedQuote?: string | null;
}) {
  const { state, apply, refresh, sync, retry } = useClaimDetail(claimId, onChanged);
  const [openAction, setOpenAction] = useState<ActionKind | null>(null);
  const shown = useRef<ClaimDetailData | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    shown.current = state.kind === "ready" ? state.detail : null;
  });
  useEffect(() => {
    const current = shown.current;
    if (!current) return;
    if (
      (knownStatus && current.status !== knownStatus) ||
      (knownQuote !== undefined && current.quote !== knownQuote) ||
      (knownCheckedQuote !== undefined && current.checkedQuote !== knownCheckedQuote)
    )
      sync();
  }, [knownStatus, knownQuote, knownCheckedQuote, sync]);

  if (state.kind === "loading") {
    return (
      <p role="status" className="mt-3 border-t border-slate-200 pt-3 text-xs text-slate-600">
        Loading the claim…
      </p>
    );
  }
  if (state.kind === "failed") {
    return (
      <div
        role="alert"
        className="mt-3 flex flex-col items-start gap-2 border-t border-slate-200 pt-3 text-xs text-red-900"
      >
        <p>Could not load this claim. {state.error.message}</p>
        <Button size="sm" variant="outline" onClick={retry}>
          Try again
        </Button>
      </div>
    );
  }

  const detail = state.detail;
  // A form stays open only while its move is still possible.
  const open = openAction && isActionAvailable(detail, openAction) ? openAction : null;
  const refreshAfterChange = () => {
    refresh().catch((error: unknown) => toast.error(toApiError(error).message));
  };
  const verdictHeading = `verdict-${detail.id}`;

  return (
    <div data-claim-detail={detail.id} className="mt-3 flex flex-col gap-4 border-t border-slate-200 pt-3">
      {/* After a move its button is gone; focus lands on the new state instead of the page. */}
      <div
        ref={summary}
        tabIndex={-1}
        className="rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        <ClaimSummary detail={detail} />
      </div>
      {detail.readOnlyReason !== null && (
        <p role="note" data-read-only className="text-sm text-slate-700">
          {detail.readOnlyReason}
        </p>
      )}
      <StaleCheck
        detail={detail}
        onApplied={(next) => {
          apply(next);
          requestAnimationFrame(() => summary.current?.focus());
        }}
        onStale={refreshAfterChange}
      />
      <ClaimActions
        detail={detail}
        open={open}
        onOpenChange={setOpenAction}
        onApplied={(next) => {
          apply(next);
          requestAnimationFrame(() => summary.current?.focus());
        }}
      />
      <SourceList detail={detail} onChanged={refreshAfterChange} />
      <section aria-labelledby={verdictHeading} className="flex flex-col gap-2">
        <SectionHeading id={verdictHeading}>Verdict</SectionHeading>
        {detail.can.proposeVerdict && detail.status === "RESEARCHING" && (
          <VerdictForm detail={detail} onApplied={apply} />
        )}
        <VerdictHistory detail={detail} />
      </section>
      <CommentThread
        detail={detail}
        onChanged={refreshAfterChange}
        composerNote={
          open === "send_back" ? "Your send-back comment above is posted to this discussion." : undefined
        }
      />
      <section aria-labelledby={`timeline-${detail.id}`} className="flex flex-col gap-2">
        <SectionHeading id={`timeline-${detail.id}`}>Timeline</SectionHeading>
        {/* Each new answer from the server is a change worth re-reading the story for. */}
        <ClaimTimeline claimId={detail.id} refreshKey={detail} />
      </section>
    </div>
  );
}
