import { CLAIM_MARK } from "./claim-mark";
import { getDocumentSchema } from "./extensions";
import type { MarkJSON, NodeJSON } from "./types";

// Small helpers for reading and changing the claim marks on one inline node's JSON.

/** The distinct claim ids carried by a node, in mark order. */
export function getClaimIdsOf(node: NodeJSON): string[] {
  const ids: string[] = [];
  for (const mark of node.marks ?? []) {
    const id = mark.attrs?.id;
    if (mark.type === CLAIM_MARK && typeof id === "string" && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The node without claim marks whose id satisfies `shouldRemove`. */
export function withoutClaimMarks(node: NodeJSON, shouldRemove: (id: string) => boolean): NodeJSON {
  const marks = (node.marks ?? []).filter(
    (mark) => !(mark.type === CLAIM_MARK && shouldRemove(String(mark.attrs?.id))),
  );
  return withMarks(node, marks);
}

/** The node with a claim mark for `id` added, placed where ProseMirror would order it. */
export function withClaimMark(node: NodeJSON, id: string): NodeJSON {
  if (getClaimIdsOf(node).includes(id)) return node;
  const marks = [...(node.marks ?? [])];
  const claim: MarkJSON = { type: CLAIM_MARK, attrs: { id } };
  // ProseMirror sorts a node's marks by the rank of their type (schema order) and keeps
  // insertion order within a type; matching it keeps our output in normal form.
  const rank = getMarkRank(CLAIM_MARK);
  const index = marks.findIndex((mark) => getMarkRank(mark.type) > rank);
  marks.splice(index === -1 ? marks.length : index, 0, claim);
  return withMarks(node, marks);
}

type InlinePiece = { node: NodeJSON; start: number; end: number };

/** Cuts an inline text node into pieces at the given absolute offsets inside its range. */
export function splitInlineAt(inline: InlinePiece, cuts: readonly number[]): InlinePiece[] {
  const { node, start, end } = inline;
  if (node.type !== "text") return [inline];
  const inside = cuts.filter((cut) => cut > start && cut < end);
  const bounds = [start, ...[...new Set(inside)].sort((a, b) => a - b), end];
  const text = node.text ?? "";
  return bounds.slice(1).map((pieceEnd, index) => {
    const pieceStart = bounds[index] ?? start;
    const piece = text.slice(pieceStart - start, pieceEnd - start);
    return { node: { ...node, text: piece }, start: pieceStart, end: pieceEnd };
  });
}

function withMarks(node: NodeJSON, marks: MarkJSON[]): NodeJSON {
  const copy: NodeJSON = { ...node };
  // ProseMirror omits an empty mark list from JSON; so do we, to stay comparable.
  if (marks.length > 0) copy.marks = marks;
  else delete copy.marks;
  return copy;
}

function getMarkRank(type: string): number {
  const index = Object.keys(getDocumentSchema().marks).indexOf(type);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
