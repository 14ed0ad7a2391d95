// The highlight of one claim: an inline decoration whose class names its status. Colour
// lives in CSS (app/globals.css, `.claim-s-<STATUS>`), so nothing per claim is generated.
import { Decoration, type DecorationSet } from "@tiptap/pm/view";
import type { ClaimStatusName } from "@/lib/domain/claims/claim-status";
import type { ClaimRange } from "./claim-anchor-scan";

/** A claim the server does not know yet (marked here, not saved) is UNSAVED. */
export type ClaimHighlightStatus = ClaimStatusName | "UNSAVED";

interface ClaimDecorationSpec {
  claimId: string;
}

export function buildClaimDecoration(range: ClaimRange, status: ClaimHighlightStatus, active: boolean) {
  const spec: ClaimDecorationSpec = { claimId: range.id };
  return Decoration.inline(
    range.from,
    range.to,
    {
      // Its own wrapper element per claim: nested claims stack their underlines.
      nodeName: "span",
      class: `claim-hl claim-s-${status}${active ? " claim-hl-active" : ""}`,
      "data-claim-hl": range.id,
    },
    spec,
  );
}

/** The claim id a decoration of this module stands for. */
export function readDecorationClaimId(decoration: Decoration): string {
  return (decoration.spec as ClaimDecorationSpec).claimId;
}

/**
 * The ranges of the claims whose decorations touch [from, to] (all when omitted). A set
 * may hold one decoration in pieces; pieces of one claim are joined.
 */
export function readDecoratedRanges(set: DecorationSet, from?: number, to?: number): ClaimRange[] {
  const byId = new Map<string, ClaimRange>();
  for (const decoration of set.find(from, to)) {
    const id = readDecorationClaimId(decoration);
    const seen = byId.get(id);
    if (seen) {
      seen.from = Math.min(seen.from, decoration.from);
      seen.to = Math.max(seen.to, decoration.to);
    } else {
      byId.set(id, { id, from: decoration.from, to: decoration.to });
    }
  }
  return [...byId.values()];
}

/** The ids of the claims whose decoration covers all of [from, to). */
export function readCoveringIds(set: DecorationSet, from: number, to: number): string[] {
  return set
    .find(from, to)
    .filter((decoration) => decoration.from <= from && decoration.to >= to)
    .map(readDecorationClaimId);
}
