"use client";
import { useEffect } from "react";
import { Link2, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Badge } from "@/components/ui/badge";
import { ClaimStatusBadge, OrphanedBadge } from "@/components/claims/claim-status-badge";
import { ClaimLegend } from "@/components/claims/claim-legend";
import { ClaimDetail } from "@/components/claims/detail/claim-detail";
import { cn } from "@/lib/utils";
import type { ClaimStatusName } from "@/lib/domain/claims/claim-status";

export interface PanelClaim {
  id: string;
  quote: string;
  /** null while the claim is marked in the editor but not yet saved. */
  status: ClaimStatusName | null;
  /** The approved rating, once verified: the finding, shown apart from the status. */
  rating?: string | null;
}

/** What the workspace hears after a change made in an open claim. */
export interface ClaimChange {
  id: string;
  status: ClaimStatusName;
  orphaned: boolean;
  rating: { label: string } | null;
}

export function ClaimsPanel({
  anchored,
  orphaned,
  activeId,
  canRemove,
  canReattach,
  onSelect,
  onRemove,
  onReattach,
  onClaimChanged,
}: {
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
}) {
  useEffect(() => {
    if (activeId) document.getElementById(`claim-card-${activeId}`)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  return (
    <aside aria-label="Claims" className="flex flex-col gap-3">
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
      <ol className="flex flex-col gap-2" aria-label="Claims in document order">
        {anchored.map((claim) => (
          <li key={claim.id}>
            <ClaimCard
              claim={claim}
              active={claim.id === activeId}
              onSelect={onSelect}
              onClaimChanged={onClaimChanged}
            >
              {canRemove && claim.status !== null && <RemoveButton onRemove={() => onRemove(claim.id)} />}
            </ClaimCard>
          </li>
        ))}
      </ol>
      {orphaned.length > 0 && (
        <section aria-labelledby="orphaned-heading" className="mt-2 flex flex-col gap-2">
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
                  onSelect={onSelect}
                  onClaimChanged={onClaimChanged}
                >
                  {canReattach && (
                    <Button size="sm" variant="outline" onClick={() => onReattach(claim.id)}>
                      <Link2 aria-hidden="true" />
                      Re-attach to selected text
                    </Button>
                  )}
                  {canRemove && <RemoveButton onRemove={() => onRemove(claim.id)} />}
                </ClaimCard>
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}

function ClaimCard({
  claim,
  orphaned = false,
  active,
  onSelect,
  onClaimChanged,
  children,
}: {
  claim: PanelClaim;
  orphaned?: boolean;
  active: boolean;
  onSelect: (id: string) => void;
  onClaimChanged?: (detail: ClaimChange) => void;
  children?: React.ReactNode;
}) {
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
            <Badge className="border-green-700 bg-white text-green-900" data-rating={claim.rating}>
              Rating: {claim.rating}
            </Badge>
          )}
          {orphaned && <OrphanedBadge />}
        </div>
      )}
      {children && <div className="mt-2 flex flex-wrap gap-2">{children}</div>}
      {active && claim.status !== null && (
        <ClaimDetail
          claimId={claim.id}
          knownStatus={claim.status}
          onChanged={(detail) => onClaimChanged?.(detail)}
        />
      )}
    </article>
  );
}

function RemoveButton({ onRemove }: { onRemove: () => void }) {
  return (
    <ConfirmButton
      size="sm"
      variant="ghost"
      className="text-red-800 hover:bg-red-50"
      title="Remove this claim?"
      description="Its highlight goes and the claim leaves the panel. The audit trail keeps a record of it and of who removed it."
      confirmLabel="Remove claim"
      onConfirm={onRemove}
    >
      <Trash2 aria-hidden="true" />
      Remove claim
    </ConfirmButton>
  );
}
