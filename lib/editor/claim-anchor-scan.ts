// Reads every claim's range from a ProseMirror document in one walk: the slow, exact path
// the anchors plugin falls back on when a transaction may have changed claim marks.
import type { MarkType, Node as PMNode } from "@tiptap/pm/model";

/** Document positions [from, to) of one contiguous range of a claim's mark. */
export interface ClaimRange {
  id: string;
  from: number;
  to: number;
}

export interface ClaimRangeScan {
  /** Each id's first range, in document order: the claim itself. */
  claims: ClaimRange[];
  /** Any further range of an id (a stray copy): not the claim. */
  strays: ClaimRange[];
}

type Run = ClaimRange & { lastSerial: number };

export function scanClaimRanges(doc: PMNode, claimType: MarkType): ClaimRangeScan {
  const runs = new Map<string, Run[]>();
  let serial = 0;
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const current = serial++;
    for (const id of readClaimIds(node, claimType)) {
      const list = runs.get(id) ?? [];
      const last = list[list.length - 1];
      // Contiguous means "no other inline node in between" (as in extractClaims): a block
      // boundary adds no inline node, so a claim may run on into the next paragraph.
      if (last && last.lastSerial === current - 1) {
        last.to = pos + node.nodeSize;
        last.lastSerial = current;
      } else {
        list.push({ id, from: pos, to: pos + node.nodeSize, lastSerial: current });
      }
      runs.set(id, list);
    }
    return false;
  });

  const claims: ClaimRange[] = [];
  const strays: ClaimRange[] = [];
  for (const [id, list] of runs) {
    list.forEach((run, index) => (index === 0 ? claims : strays).push({ id, from: run.from, to: run.to }));
  }
  return { claims: claims.sort(compareClaimRanges), strays };
}

/** The distinct claim ids an inline node carries. */
export function readClaimIds(node: PMNode, claimType: MarkType): string[] {
  const ids: string[] = [];
  for (const mark of node.marks) {
    if (mark.type !== claimType) continue;
    const id = String(mark.attrs.id);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Document order: by start, then longer first so an outer claim precedes an inner one. */
export function compareClaimRanges(a: ClaimRange, b: ClaimRange): number {
  return a.from - b.from || b.to - a.to || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * [from, to) narrowed to the inline content inside it, or null when there is none. A
 * mapped range can end up starting at the end of a paragraph (its first words deleted):
 * the same inline text, but a different position and an extra line break in its quote.
 */
export function trimToInline(doc: PMNode, from: number, to: number): { from: number; to: number } | null {
  let first = -1;
  let last = -1;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isInline) return true;
    const start = Math.max(pos, from);
    const end = Math.min(pos + node.nodeSize, to);
    if (end > start) {
      if (first < 0) first = start;
      last = end;
    }
    return false;
  });
  return first < 0 ? null : { from: first, to: last };
}
