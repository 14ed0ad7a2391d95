import { getDocumentSchema } from "./extensions";
import type { DocJSON, MarkJSON, NodeJSON } from "./types";

// The plain text of a document, and with it the meaning of every claim offset.
//
// - Text nodes are concatenated in document order.
// - Exactly one "\n" separates consecutive textblocks (paragraphs, headings) wherever they
//   sit, inside lists and blockquotes too; none before the first or after the last.
// - A hard break counts as one "\n".
// - Offsets are JavaScript string indices, i.e. UTF-16 code units. The W3C
//   TextPositionSelector speaks of "characters"; we deliberately use UTF-16 code units
//   everywhere (browser, server, exports) because that is what every JS string API and
//   ProseMirror itself count, so the same number means the same place on both ends. An
//   emoji therefore counts as 2.

export const BLOCK_SEPARATOR = "\n";
const HARD_BREAK_TEXT = "\n";

/** One inline node (text, hard break, …) with its plain-text range and running index. */
export type InlineVisit = {
  node: NodeJSON;
  start: number;
  end: number;
  /** Position among all inline nodes; consecutive serials mean nothing inline between. */
  serial: number;
};

type WalkState = {
  parts: string[];
  length: number;
  serial: number;
  seenTextblock: boolean;
};

export function getPlainText(doc: DocJSON): string {
  return visitInlineNodes(doc, () => undefined);
}

/** Visits every inline node in order; returns the document's plain text. */
export function visitInlineNodes(doc: DocJSON, visit: (inline: InlineVisit) => void): string {
  const state = createState();
  walkNode(doc, state, (inline) => {
    visit(inline);
    return [inline.node];
  });
  return state.parts.join("");
}

/**
 * Rebuilds the document, replacing each inline node by what `replace` returns (split
 * parts, changed marks). Adjacent text nodes left with equal marks are merged so the
 * result is in the same normal form ProseMirror would produce.
 */
export function mapInlineNodes(
  doc: DocJSON,
  replace: (inline: InlineVisit) => NodeJSON[],
): { doc: DocJSON; text: string } {
  const state = createState();
  const [mapped] = walkNode(doc, state, replace, true);
  const content = mapped?.content;
  const result: DocJSON = { ...doc, ...(content ? { content } : {}) };
  return { doc: result, text: state.parts.join("") };
}

export function getInlineText(node: NodeJSON): string {
  if (node.type === "text") return node.text ?? "";
  return node.type === "hardBreak" ? HARD_BREAK_TEXT : "";
}

function createState(): WalkState {
  return { parts: [], length: 0, serial: 0, seenTextblock: false };
}

function isInline(node: NodeJSON): boolean {
  return node.type === "text" || (getDocumentSchema().nodes[node.type]?.isInline ?? false);
}

function isTextblock(node: NodeJSON): boolean {
  return getDocumentSchema().nodes[node.type]?.isTextblock ?? false;
}

function walkNode(
  node: NodeJSON,
  state: WalkState,
  replace: (inline: InlineVisit) => NodeJSON[],
  rebuild = false,
): NodeJSON[] {
  if (isInline(node)) {
    const text = getInlineText(node);
    const start = state.length;
    state.parts.push(text);
    state.length += text.length;
    return replace({ node, start, end: state.length, serial: state.serial++ });
  }
  if (isTextblock(node)) {
    if (state.seenTextblock) {
      state.parts.push(BLOCK_SEPARATOR);
      state.length += BLOCK_SEPARATOR.length;
    }
    state.seenTextblock = true;
  }
  if (!node.content) return [node];
  const children: NodeJSON[] = [];
  for (const child of node.content) children.push(...walkNode(child, state, replace, rebuild));
  return rebuild ? [{ ...node, content: mergeAdjacentText(children) }] : [node];
}

function mergeAdjacentText(nodes: NodeJSON[]): NodeJSON[] {
  const merged: NodeJSON[] = [];
  for (const node of nodes) {
    if (node.type === "text" && !node.text) continue;
    const previous = merged[merged.length - 1];
    if (previous?.type === "text" && node.type === "text" && haveSameMarks(previous, node)) {
      merged[merged.length - 1] = { ...previous, text: `${previous.text ?? ""}${node.text ?? ""}` };
    } else {
      merged.push(node);
    }
  }
  return merged;
}

function haveSameMarks(a: NodeJSON, b: NodeJSON): boolean {
  const left = a.marks ?? [];
  const right = b.marks ?? [];
  return left.length === right.length && left.every((m) => right.some((n) => areMarksEqual(m, n)));
}

export function areMarksEqual(a: MarkJSON, b: MarkJSON): boolean {
  if (a.type !== b.type) return false;
  const aAttrs = a.attrs ?? {};
  const bAttrs = b.attrs ?? {};
  const keys = new Set([...Object.keys(aAttrs), ...Object.keys(bAttrs)]);
  return [...keys].every((key) => aAttrs[key] === bAttrs[key]);
}
