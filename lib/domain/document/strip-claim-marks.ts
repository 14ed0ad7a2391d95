import { getClaimIdsOf, splitInlineAt, withoutClaimMarks } from "./claim-marks-on-node";
import type { StrayRange } from "./extract-claims";
import { mapInlineNodes, visitInlineNodes } from "./plain-text";
import type { DocJSON, NodeJSON } from "./types";

/**
 * Removes the claim mark of each stray's id from exactly the stray's range, leaving the
 * text and every other mark alone. Used when a pasted copy of a claim is discarded.
 */
export function removeClaimRanges(doc: DocJSON, strays: readonly StrayRange[]): DocJSON {
  if (strays.length === 0) return doc;
  return mapInlineNodes(doc, (inline) => {
    const ids = getClaimIdsOf(inline.node);
    const relevant = strays.filter((s) => ids.includes(s.id) && s.start < inline.end && s.end > inline.start);
    if (relevant.length === 0) return [inline.node];
    const cuts = relevant.flatMap((s) => [s.start, s.end]);
    return splitInlineAt(inline, cuts).map((piece): NodeJSON => {
      const covering = relevant.filter((s) => s.start <= piece.start && s.end >= piece.end);
      return withoutClaimMarks(piece.node, (id) => covering.some((s) => s.id === id));
    });
  }).doc;
}

/**
 * The document with every claim mark removed. Two versions whose stripped forms are equal
 * differ only in claim marks, which is how a save that touched no text is recognised.
 */
export function stripAllClaimMarks(doc: DocJSON): DocJSON {
  return mapInlineNodes(doc, ({ node }) => [withoutClaimMarks(node, () => true)]).doc;
}

/** Every claim id in the document, once each, in order of first appearance. */
export function listClaimIds(doc: DocJSON): string[] {
  const ids = new Set<string>();
  visitInlineNodes(doc, ({ node }) => {
    for (const id of getClaimIdsOf(node)) ids.add(id);
  });
  return [...ids];
}
