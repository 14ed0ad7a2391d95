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
  const walk: Walk = {
    parts: [],
    length: 0,
    serial: 0,
    seenTextblock: false,
    runs: new Map(),
    lastSerial: new Map(),
  };
  walkChildren(doc, 0, walk);
  return { text: walk.parts.join(""), runs: walk.runs };
}

interface Walk {
  parts: string[];
  length: number;
  serial: number;
  seenTextblock: boolean;
  runs: Map<string, ClaimRun[]>;
  /** The serial of the inline node each id's last run ended on. */
  lastSerial: Map<string, number>;
}

// A hand-written walk: this runs after every step batch on the server, on documents of
// tens of thousands of words, and Node.descendants' per-node callbacks cost twice as much.
function walkChildren(parent: PMNode, contentStart: number, walk: Walk): void {
  let pos = contentStart;
  for (let i = 0; i < parent.childCount; i += 1) {
    const node = parent.child(i);
    if (node.isInline) visitInline(node, pos, walk);
    else {
      if (node.isTextblock) {
        if (walk.seenTextblock) {
          walk.parts.push(BLOCK_SEPARATOR);
          walk.length += BLOCK_SEPARATOR.length;
        }
        walk.seenTextblock = true;
      }
      walkChildren(node, pos + 1, walk);
    }
    pos += node.nodeSize;
  }
}

function visitInline(node: PMNode, pos: number, walk: Walk): void {
  const text = node.isText ? (node.text ?? "") : node.type.name === "hardBreak" ? HARD_BREAK_TEXT : "";
  const start = walk.length;
  if (text) walk.parts.push(text);
  walk.length += text.length;
  for (const mark of node.marks) {
    if (mark.type.name !== CLAIM_MARK) continue;
    const id = String(mark.attrs.id);
    const list = walk.runs.get(id);
    const last = list?.[list.length - 1];
    if (last && walk.lastSerial.get(id) === walk.serial - 1) {
      last.to = pos + node.nodeSize;
      last.end = walk.length;
    } else {
      const run = { from: pos, to: pos + node.nodeSize, start, end: walk.length };
      if (list) list.push(run);
      else walk.runs.set(id, [run]);
    }
    walk.lastSerial.set(id, walk.serial);
  }
  walk.serial += 1;
}
