// How a claim looks in the text. The highlight is the claim mark's own element
// (`<mark class="claim">`): a mark view gives it its status, whether it is the active claim
// and a description for screen readers as attributes, and app/globals.css draws them — a
// colour and an underline pattern per status, so colour is never the only signal. Nothing
// per claim is generated in CSS.
//
// The anchors plugin (claim-anchors.ts) keeps each claim's range as an inline decoration
// that is never drawn: a set it can map through every change. Status lives outside the
// document, so when it changes the plugin view rewrites the attributes of the changed
// claims' elements only (`restyleClaimElements`).
import type { Mark } from "@tiptap/pm/model";
import { Decoration, type DecorationSet, type MarkViewConstructor, type EditorView } from "@tiptap/pm/view";
import { CLAIM_STATUS_LABEL, type ClaimStatusName } from "@/lib/domain/claims/claim-status";
import type { ClaimRange } from "./claim-anchor-scan";

/** A claim the server does not know yet (marked here, not saved) is UNSAVED. */
export type ClaimHighlightStatus = ClaimStatusName | "UNSAVED";

export interface ClaimLook {
  status: ClaimHighlightStatus;
  /** The verdict's rating of a verified claim, shown in its inline tag. */
  rating: string | null;
  active: boolean;
}

interface ClaimDecorationSpec {
  claimId: string;
}

/** The anchor of one claim: an undrawn inline decoration over its range. */
export function buildClaimDecoration(range: ClaimRange) {
  const spec: ClaimDecorationSpec = { claimId: range.id };
  return Decoration.inline(range.from, range.to, {}, spec);
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

/** What a screen reader says about a highlight: "Claim: Verified, Misleading". */
export function describeClaim(look: Pick<ClaimLook, "status" | "rating">): string {
  const label = look.status === "UNSAVED" ? "not saved yet" : CLAIM_STATUS_LABEL[look.status];
  return look.status === "VERIFIED" && look.rating ? `Claim: ${label}, ${look.rating}` : `Claim: ${label}`;
}

function setAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

/** Writes a claim's look onto its mark element (only what differs). */
export function applyClaimLook(element: HTMLElement, look: ClaimLook): void {
  setAttribute(element, "data-claim-status", look.status);
  setAttribute(element, "data-claim-active", look.active ? "true" : null);
  // A description, not a name: ARIA forbids naming a `mark`.
  setAttribute(element, "aria-description", describeClaim(look));
}

/**
 * The claim mark's view: the same `<mark class="claim" data-claim-id>` the schema renders,
 * with the claim's look. The attribute changes made later are the editor's own, so they
 * are not read back as edits.
 */
export function createClaimMarkView(
  readLook: (view: EditorView, id: string) => ClaimLook,
): MarkViewConstructor {
  return (mark: Mark, view: EditorView) => {
    const id = String(mark.attrs.id);
    const dom = document.createElement("mark");
    dom.className = "claim";
    dom.setAttribute("data-claim-id", id);
    applyClaimLook(dom, readLook(view, id));
    return { dom, ignoreMutation: (mutation) => mutation.type === "attributes" };
  };
}

function claimElements(view: EditorView, id?: string): NodeListOf<HTMLElement> {
  const selector =
    id === undefined ? "mark.claim[data-claim-id]" : `mark.claim[data-claim-id="${CSS.escape(id)}"]`;
  return view.dom.querySelectorAll<HTMLElement>(selector);
}

/** Above this many changed claims, one pass over every highlight beats a query per claim. */
const BULK_RESTYLE = 32;

/** Brings the elements of the claims in `ids` (every claim when null) up to date. */
export function restyleClaimElements(
  view: EditorView,
  ids: ReadonlySet<string> | null,
  readLook: (view: EditorView, id: string) => ClaimLook,
): void {
  if (ids === null || ids.size > BULK_RESTYLE) {
    for (const element of claimElements(view)) {
      const id = element.getAttribute("data-claim-id") ?? "";
      if (ids === null || ids.has(id)) applyClaimLook(element, readLook(view, id));
    }
    return;
  }
  for (const id of ids) {
    const look = readLook(view, id);
    for (const element of claimElements(view, id)) applyClaimLook(element, look);
  }
}

/**
 * Marks the elements of stray copies of a claim (a further range of its id, which is not
 * the claim) so they are not drawn as the claim. Cheap when there are none.
 */
export function markStrayElements(view: EditorView, strays: DecorationSet, hadStrays: boolean): boolean {
  const ranges = readDecoratedRanges(strays);
  if (ranges.length === 0 && !hadStrays) return false;
  for (const element of view.dom.querySelectorAll<HTMLElement>("mark.claim[data-claim-stray]"))
    element.removeAttribute("data-claim-stray");
  for (const range of strays.find()) {
    for (const element of claimElements(view, readDecorationClaimId(range))) {
      const pos = view.posAtDOM(element, 0);
      if (pos >= range.from && pos < range.to) element.setAttribute("data-claim-stray", "true");
    }
  }
  return ranges.length > 0;
}
