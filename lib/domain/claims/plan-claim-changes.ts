// Compares the claims an article had with the anchors a newly saved document carries,
// and says what a save must record: new claims, moved or reworded ones, re-attached,
// orphaned and explicitly removed ones.
import type { ExtractedClaim } from "@/lib/domain/document/extract-claims";

export interface StoredClaim {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  orphaned: boolean;
}

export interface ClaimChange<S extends StoredClaim> {
  claim: ExtractedClaim;
  before: S;
}

export interface ClaimChangePlan<S extends StoredClaim> {
  created: ExtractedClaim[];
  /** Same words, new position or context: updated silently. */
  moved: ClaimChange<S>[];
  textChanged: ClaimChange<S>[];
  reattached: ClaimChange<S>[];
  orphaned: S[];
  removed: S[];
  isEmpty: boolean;
}

export function planClaimChanges<S extends StoredClaim>(input: {
  /** Claims of the article that have not been removed. */
  existing: S[];
  /** Anchors in the new document, without those of removed claims. */
  anchored: ExtractedClaim[];
  removeClaimIds: readonly string[];
}): ClaimChangePlan<S> {
  const toRemove = new Set(input.removeClaimIds);
  const byId = new Map(input.existing.map((c) => [c.id, c]));
  const anchoredIds = new Set(input.anchored.map((c) => c.id));
  const plan: ClaimChangePlan<S> = {
    created: [],
    moved: [],
    textChanged: [],
    reattached: [],
    orphaned: [],
    removed: [],
    isEmpty: true,
  };
  for (const claim of input.anchored) {
    const before = byId.get(claim.id);
    if (!before) plan.created.push(claim);
    else if (before.orphaned) plan.reattached.push({ claim, before });
    else if (before.quote !== claim.quote) plan.textChanged.push({ claim, before });
    else if (
      before.start !== claim.start ||
      before.end !== claim.end ||
      before.prefix !== claim.prefix ||
      before.suffix !== claim.suffix
    ) {
      plan.moved.push({ claim, before });
    }
  }
  for (const claim of input.existing) {
    if (toRemove.has(claim.id)) plan.removed.push(claim);
    else if (!anchoredIds.has(claim.id) && !claim.orphaned) plan.orphaned.push(claim);
  }
  plan.isEmpty =
    plan.created.length +
      plan.moved.length +
      plan.textChanged.length +
      plan.reattached.length +
      plan.orphaned.length +
      plan.removed.length ===
    0;
  return plan;
}
