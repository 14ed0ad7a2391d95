"use client";
// The claims panel beside the editor: the claims found in the text, in document order,
// then the orphaned ones (their text is gone). It scrolls by itself (the virtualised list
// of a long article follows that scrolling), keeping at least 16rem of the sticky column.
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { AnchoredClaimList, VIRTUALISE_ABOVE } from "@/components/claims/anchored-claim-list";
import { ClaimCard, type ClaimChange, type PanelClaim } from "@/components/claims/claim-card";
import { ClaimLegend } from "@/components/claims/claim-legend";
import { RemoveClaimDialog } from "@/components/claims/remove-claim-dialog";
import { cn } from "@/lib/utils";

export type { ClaimChange, PanelClaim } from "@/components/claims/claim-card";

export interface ClaimsPanelProps {
  anchored: PanelClaim[];
  orphaned: PanelClaim[];
  activeId: string | null;
  canRemove: boolean;
  canReattach: boolean;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
  onReattach: (id: string) => void;
  /** Called after every successful change made in an open claim's detail. */
  onClaimChanged?: (detail: ClaimChange) => void;
}

export const ClaimsPanel = memo(function ClaimsPanel({
  anchored,
  orphaned,
  activeId,
  canRemove,
  canReattach,
  onSelect,
  onRemove,
  onReattach,
  onClaimChanged,
}: ClaimsPanelProps) {
  // State, not a ref: the list's layout effects run before a parent's ref is attached, so
  // the virtualiser must hear about the element in a render after it exists.
  const [scrollElement, setScrollElement] = useState<HTMLElement | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const requestRemove = useCallback((id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setRemovingId(id);
  }, []);
  const closeDialog = useCallback(() => setRemovingId(null), []);

  // The anchored list scrolls to its own active card; an orphaned one is always in the page.
  useEffect(() => {
    if (!activeId) return;
    document
      .querySelector(`[data-orphaned-claims] [data-claim-card="${CSS.escape(activeId)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  return (
    <aside
      ref={setScrollElement}
      aria-label="Claims"
      className={cn(
        "flex flex-col gap-3 lg:min-h-64 lg:overflow-y-auto",
        // Below lg the page scrolls; a virtualised list still needs a scrolling box of its own.
        anchored.length > VIRTUALISE_ABOVE && "max-h-[80vh] overflow-y-auto",
      )}
    >
      <div className="flex items-baseline justify-between">
        <h2 className="text-sm font-semibold">
          Claims <span className="font-normal text-slate-600">({anchored.length + orphaned.length})</span>
        </h2>
      </div>
      <ClaimLegend />
      {anchored.length === 0 && (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
          No claims yet. Select words in the text and choose “Mark as claim”.
        </p>
      )}
      <AnchoredClaimList
        claims={anchored}
        activeId={activeId}
        canRemove={canRemove}
        scrollElement={scrollElement}
        onSelect={onSelect}
        onRequestRemove={requestRemove}
        onReattach={onReattach}
        onClaimChanged={onClaimChanged}
      />
      {orphaned.length > 0 && (
        <section aria-labelledby="orphaned-heading" className="mt-2 flex flex-col gap-2" data-orphaned-claims>
          <h3 id="orphaned-heading" className="text-sm font-semibold text-red-800">
            Orphaned — their text is gone from the article
          </h3>
          <ol className="flex flex-col gap-2">
            {orphaned.map((claim) => (
              <li key={claim.id}>
                <ClaimCard
                  claim={claim}
                  orphaned
                  active={claim.id === activeId}
                  removable={canRemove}
                  reattachable={canReattach}
                  onSelect={onSelect}
                  onRequestRemove={requestRemove}
                  onReattach={onReattach}
                  onClaimChanged={onClaimChanged}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
      <RemoveClaimDialog claimId={removingId} onConfirm={onRemove} onClose={closeDialog} opener={opener} />
    </aside>
  );
});
