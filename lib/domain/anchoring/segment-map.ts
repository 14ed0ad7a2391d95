import type { Segment } from "./text-diff";

// Questions about an alignment of two texts (text-diff.ts): where an old offset went, whether
// a claim's edge stayed in place, and which new text stood elsewhere before.

/**
 * The segment holding old offset `pos`: for a start the one it begins (text at and after it),
 * for an end the one it closes (text before it). A pure insertion (no old text) is never
 * returned, so an insertion before a claim's first word stays outside it.
 */
function segmentAtOld(segments: Segment[], pos: number, side: "start" | "end"): Segment | undefined {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const end = segments[mid]?.oldEnd ?? 0;
    if (side === "start" ? end <= pos : end < pos) lo = mid + 1;
    else hi = mid;
  }
  while (lo < segments.length && segments[lo]?.oldStart === segments[lo]?.oldEnd) lo += 1;
  return segments[lo];
}

/**
 * The claim edge at old offset `pos` is where it was: the character at (start) or before
 * (end) it is unchanged, or a replacement begins (start) or ends (end) exactly there, so the
 * replacing words take the old words' place inside the claim.
 */
export function isCleanEdge(segments: Segment[], pos: number, side: "start" | "end"): boolean {
  const s = segmentAtOld(segments, pos, side);
  if (!s) return false;
  return s.same || (side === "start" ? s.oldStart === pos : s.oldEnd === pos);
}

/**
 * Where an old offset lands in the new text. Inside a replaced stretch a start goes to the
 * beginning of its replacement and an end to its end, so a claim keeps its edited words.
 */
export function mapOffset(segments: Segment[], pos: number, side: "start" | "end"): number {
  const s = segmentAtOld(segments, pos, side);
  if (!s) return segments[segments.length - 1]?.newEnd ?? 0;
  if (s.same) return s.newStart + (pos - s.oldStart);
  return side === "start" ? s.newStart : s.newEnd;
}

/**
 * How many characters of new-text range [from, to) are unchanged text that stood, in the old
 * text, outside [ownStart, ownEnd): other words that were already there, which a claim must
 * never be moved onto.
 */
export function countForeignChars(
  segments: Segment[],
  from: number,
  to: number,
  ownStart: number,
  ownEnd: number,
): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid]?.newEnd ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  let foreign = 0;
  for (let k = lo; k < segments.length; k += 1) {
    const s = segments[k];
    if (!s || s.newStart >= to) break;
    if (!s.same) continue;
    const a = Math.max(from, s.newStart);
    const b = Math.min(to, s.newEnd);
    if (b <= a) continue;
    const oldA = s.oldStart + (a - s.newStart);
    const oldB = s.oldStart + (b - s.newStart);
    const own = Math.max(0, Math.min(oldB, ownEnd) - Math.max(oldA, ownStart));
    foreign += b - a - own;
  }
  return foreign;
}

/** Replaced stretches of the new text, with how much longer each is than what it replaced. */
export function insertedStretches(segments: Segment[]): Array<{ from: number; to: number; added: number }> {
  return segments
    .filter((s) => !s.same && s.newEnd > s.newStart)
    .map((s) => ({ from: s.newStart, to: s.newEnd, added: s.newEnd - s.newStart - (s.oldEnd - s.oldStart) }));
}
