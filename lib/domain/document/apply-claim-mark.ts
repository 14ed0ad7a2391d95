import { splitInlineAt, withClaimMark } from "./claim-marks-on-node";
import { getPlainText, mapInlineNodes } from "./plain-text";
import type { DocJSON, TextRange } from "./types";

/**
 * Marks the plain-text range [start, end) as claim `id`, splitting text nodes at the range
 * edges; the range may cross block boundaries. Hard breaks inside the range are marked
 * too, as ProseMirror's addMark does. Throws RangeError for an empty or out-of-bounds range.
 */
export function addClaimMark(doc: DocJSON, range: TextRange, id: string): DocJSON {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new RangeError(`Invalid claim range [${start}, ${end})`);
  }
  const result = mapInlineNodes(doc, (inline) => {
    if (inline.end <= start || inline.start >= end || inline.start === inline.end) {
      return [inline.node];
    }
    return splitInlineAt(inline, [start, end]).map((piece) =>
      piece.start >= start && piece.end <= end ? withClaimMark(piece.node, id) : piece.node,
    );
  });
  if (end > result.text.length) {
    throw new RangeError(`Claim range [${start}, ${end}) exceeds text length ${result.text.length}`);
  }
  return result.doc;
}

/** The range of the n-th (1-based, non-overlapping) occurrence of `needle`, or null. */
export function findText(doc: DocJSON, needle: string, occurrence = 1): TextRange | null {
  if (needle.length === 0 || !Number.isInteger(occurrence) || occurrence < 1) return null;
  const text = getPlainText(doc);
  let from = 0;
  for (let seen = 1; ; seen += 1) {
    const index = text.indexOf(needle, from);
    if (index === -1) return null;
    if (seen === occurrence) return { start: index, end: index + needle.length };
    from = index + needle.length;
  }
}
