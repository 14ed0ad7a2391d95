"use client";
// One card of the claims panel. Memoised on what it shows: a keystroke elsewhere in a
// 1,000-claim article must not re-render a thousand cards, so the panel passes stable
// callbacks and flags, never elements or inline objects.
import { memo } from "react";
import { Link2, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ClaimStatusBadge, OrphanedBadge } from "@/components/claims/claim-status-badge";
import dynamic from "next/dynamic";
import { cn } from "@/lib/utils";
import type { ClaimStatusName } from "@/lib/domain/claims/claim-status";
import { isStale } from "@/lib/domain/verdicts/reconfirm";
import { StaleCheckNotice } from "@/components/claims/stale-check-notice";

// A claim's detail (sources, verdicts, comments, forms) loads when a card opens, not with
// the workspace: most of the claims panel never opens, and opening a long article is
// dominated by the script it has to run.
const ClaimDetail = dynamic(
  () => import("@/components/claims/detail/claim-detail").then((m) => m.ClaimDetail),
  {
    ssr: false,
    loading: () => <p className="mt-2 text-[13px] text-slate-600">Loading the claim…</p>,
  },
);

export interface PanelClaim {
  id: string;
  quote: string;
  /** null while the claim is marked in the editor but not yet saved. */
  status: ClaimStatusName | null;
  /** The approved rating, once verified: the finding, shown apart from the status. */
  rating?: string | null;
  /** The words its approved verdict checked: a notice shows when the words now differ. */
  checkedQuote?: string | null;
  /** Its words as the server last said (`quote` may be the editor's unsent typing). */
  savedQuote?: string;
}

/** What the workspace hears after a change made in an open claim. */
export interface ClaimChange {
  id: string;
  status: ClaimStatusName;
  orphaned: boolean;
  rating: { label: string } | null;
  checkedQuote: string | null;
}

export interface ClaimCardProps {
  claim: PanelClaim;
  orphaned: boolean;
  active: boolean;
  removable: boolean;
  reattachable: boolean;
  onSelect: (id: string) => void;
  /** Asks the panel's one confirm dialog to remove this claim. */
  onRequestRemove: (id: string) => void;
  onReattach: (id: string) => void;
  onClaimChanged?: (detail: ClaimChange) => void;
}

export const ClaimCard = memo(function ClaimCard({
  claim,
  orphaned,
  active,
  removable,
  reattachable,
  onSelect,
  onRequestRemove,
  onReattach,
  onClaimChanged,
}: ClaimCardProps) {
  const hasActions = removable || reattachable;
  const checkedQuote = claim.checkedQuote ?? null;
  // An open card's detail shows the notice itself, with the Re-confirm it may offer.
  const showsStale =
    !(active && claim.status !== null) && !orphaned && isStale({ quote: claim.quote, checkedQuote });
  return (
    <article
      id={`claim-card-${claim.id}`}
      data-claim-card={claim.id}
      aria-current={active ? "true" : undefined}
      className={cn(
        "rounded-md border bg-white p-3 text-sm shadow-xs",
        orphaned ? "border-2 border-red-500" : "border-slate-200",
        active && "ring-2 ring-blue-700",
      )}
    >
      <button
        type="button"
        onClick={() => onSelect(claim.id)}
        className="block w-full text-left font-serif text-[15px] leading-snug text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700"
        aria-label={`${orphaned ? "Orphaned claim" : "Go to claim"}: ${claim.quote}`}
      >
        “{claim.quote}”
      </button>
      {/* An open card's detail shows status and rating itself; the badges would repeat it. */}
      {!(active && claim.status !== null) && (
        <div className="mt-2 flex flex-wrap items-center gap-1.5">
          {claim.status ? (
            <ClaimStatusBadge status={claim.status} />
          ) : (
            <Badge className="border-dashed border-slate-400 bg-white text-slate-700">Not saved yet</Badge>
          )}
          {claim.rating && (
            <Badge className="border-slate-500 bg-white text-slate-800" data-rating={claim.rating}>
              Rating: {claim.rating}
            </Badge>
          )}
          {orphaned && <OrphanedBadge />}
        </div>
      )}
      {showsStale && checkedQuote !== null && (
        <StaleCheckNotice className="mt-2" checkedQuote={checkedQuote} quote={claim.quote} />
      )}
      {hasActions && (
        <div className="mt-2 flex flex-wrap gap-2">
          {reattachable && (
            <Button size="sm" variant="outline" onClick={() => onReattach(claim.id)}>
              <Link2 aria-hidden="true" />
              Re-attach to selected text
            </Button>
          )}
          {removable && (
            <Button
              size="sm"
              variant="ghost"
              className="text-red-800 hover:bg-red-50"
              aria-haspopup="dialog"
              onClick={() => onRequestRemove(claim.id)}
            >
              <Trash2 aria-hidden="true" />
              Remove claim
            </Button>
          )}
        </div>
      )}
      {active && claim.status !== null && (
        <ClaimDetail
          claimId={claim.id}
          knownStatus={claim.status}
          knownQuote={claim.savedQuote}
          knownCheckedQuote={claim.checkedQuote}
          onChanged={(detail) => onClaimChanged?.(detail)}
        />
      )}
    </article>
  );
}, areCardPropsEqual);

// The workspace rebuilds its claim objects when any claim changes; comparing their fields
// keeps the other cards' renders skipped.
function areCardPropsEqual(prev: ClaimCardProps, next: ClaimCardProps): boolean {
  return (
    prev.claim.id === next.claim.id &&
    prev.claim.quote === next.claim.quote &&
    prev.claim.status === next.claim.status &&
    (prev.claim.rating ?? null) === (next.claim.rating ?? null) &&
    (prev.claim.checkedQuote ?? null) === (next.claim.checkedQuote ?? null) &&
    prev.claim.savedQuote === next.claim.savedQuote &&
    prev.orphaned === next.orphaned &&
    prev.active === next.active &&
    prev.removable === next.removable &&
    prev.reattachable === next.reattachable &&
    prev.onSelect === next.onSelect &&
    prev.onRequestRemove === next.onRequestRemove &&
    prev.onReattach === next.onReattach &&
    prev.onClaimChanged === next.onClaimChanged
  );
}
