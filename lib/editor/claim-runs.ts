// Where each claim sits in a ProseMirror document node, read in one walk: the document
// positions of every range carrying a claim's mark and the same ranges in plain-text
// offsets (lib/domain/document/plain-text.ts: one "\n" between textblocks, a hard break is
// "\n", UTF-16 code units). The server reads this after every step batch; it is the
// Node-based twin of extractClaims, which reads document JSON.
import type { Node as PMNode } from "@tiptap/pm/model";
import { CLAIM_MARK } from "@/lib/domain/document/claim-mark";
import { BLOCK_SEPARATOR } from "@/lib/domain/document/plain-text";

/** One contiguous range of a claim's mark. */
export interface ClaimRun {
  /** Document positions [from, to). */
  from: number;
  to: number;
  /** Plain-text offsets [start, end). */
  start: number;
  end: number;
}

export interface ClaimRuns {
  /** The document's plain text. */
  text: string;
  /** Every claim id's ranges in document order; more than one means stray copies. */
  runs: Map<string, ClaimRun[]>;
}

const HARD_BREAK_TEXT = "\n";

/**
 * Contiguous means "no other inline node in between": a mark that ends one paragraph and
 * starts the next stays one range, any unmarked inline node in between starts a new one.
 */
export function readClaimRuns(doc: PMNode): ClaimRuns {
  const parts: string[] = [];
  const runs = new Map<string, ClaimRun[]>();
  /** The serial of the inline node each id's last run ended on. */
  const lastSerial = new Map<string, number>();
  let length = 0;
  let serial = 0;
  let seenTextblock = false;
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      if (seenTextblock) {
        parts.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      seenTextblock = true;
      return true;
    }
    if (!node.isInline) return true;
    const text = node.isText ? (node.text ?? "") : node.type.name === "hardBreak" ? HARD_BREAK_TEXT : "";
    const start = length;
    parts.push(text);
    length += text.length;
    for (const mark of node.marks) {
      if (mark.type.name !== CLAIM_MARK) continue;
      const id = String(mark.attrs.id);
      const list = runs.get(id);
      const last = list?.[list.length - 1];
      if (list && last && lastSerial.get(id) === serial - 1) {
        last.to = pos + node.nodeSize;
        last.end = length;
      } else {
        const run = { from: pos, to: pos + node.nodeSize, start, end: length };
        if (list) list.push(run);
        else runs.set(id, [run]);
      }
      lastSerial.set(id, serial);
    }
    serial += 1;
    return false;
  });
  return { text: parts.join(""), runs };
}
