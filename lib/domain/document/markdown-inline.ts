import { isAllowedHref } from "./link-policy";
import type { MarkJSON, NodeJSON } from "./types";

// A deliberately small inline Markdown reader: **bold** / __bold__, *italic* / _italic_,
// [text](url) and backslash escapes. Anything else, HTML included, stays literal text:
// the output is text nodes and marks, never markup. "\n" in the input becomes a hard break.

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!>~|]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// Nesting beyond this is pathological input; the rest is kept as literal text.
const MAX_NESTING = 8;

export function parseInlineMarkdown(source: string): NodeJSON[] {
  const out: NodeJSON[] = [];
  parseSpan(source, [], out, 0);
  return out;
}

function parseSpan(source: string, marks: MarkJSON[], out: NodeJSON[], depth: number): void {
  let buffer = "";
  const flush = () => {
    if (buffer)
      out.push(marks.length > 0 ? { type: "text", text: buffer, marks } : { type: "text", text: buffer });
    buffer = "";
  };
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    const next = source.charAt(i + 1);
    if (ch === "\\" && ESCAPABLE.test(next)) {
      buffer += next;
      i += 2;
      continue;
    }
    if (ch === "\n") {
      flush();
      out.push(marks.length > 0 ? { type: "hardBreak", marks } : { type: "hardBreak" });
      i += 1;
      continue;
    }
    const span = depth < MAX_NESTING ? (matchLink(source, i) ?? matchEmphasis(source, i)) : null;
    if (span) {
      flush();
      parseSpan(span.inner, addMark(marks, span.mark), out, depth + 1);
      i = span.end;
      continue;
    }
    buffer += ch;
    i += 1;
  }
  flush();
}

type Span = { inner: string; mark: MarkJSON | null; end: number };

// A mark type already active is not added again (ProseMirror forbids two bold marks, or
// a link inside a link); a refused link (mark null) keeps its label as plain text.
function addMark(marks: MarkJSON[], mark: MarkJSON | null): MarkJSON[] {
  if (!mark || marks.some((m) => m.type === mark.type)) return marks;
  return [...marks, mark];
}

function matchLink(source: string, at: number): Span | null {
  if (source.charAt(at) !== "[") return null;
  const labelEnd = findClosing(source, at, "[", "]");
  if (labelEnd === -1 || source.charAt(labelEnd + 1) !== "(") return null;
  const destEnd = findClosing(source, labelEnd + 1, "(", ")");
  if (destEnd === -1) return null;
  const inner = source.slice(at + 1, labelEnd);
  if (inner.trim() === "") return null;
  // Only the URL counts; an optional "title" after it is ignored.
  const destination =
    source
      .slice(labelEnd + 2, destEnd)
      .trim()
      .split(/\s+/)[0] ?? "";
  const href = destination.replace(/^<(.*)>$/, "$1");
  const mark: MarkJSON | null = isAllowedHref(href) ? { type: "link", attrs: { href } } : null;
  return { inner, mark, end: destEnd + 1 };
}

function findClosing(source: string, openAt: number, open: string, close: string): number {
  let depth = 0;
  for (let i = openAt; i < source.length; i += 1) {
    const ch = source.charAt(i);
    if (ch === "\\") i += 1;
    else if (ch === open) depth += 1;
    else if (ch === close && --depth === 0) return i;
  }
  return -1;
}

function matchEmphasis(source: string, at: number): Span | null {
  const delimiter = source.charAt(at);
  if (delimiter !== "*" && delimiter !== "_") return null;
  // Underscores inside words (snake_case) are not emphasis.
  if (delimiter === "_" && WORD_CHAR.test(source.charAt(at - 1))) return null;
  const strong = source.charAt(at + 1) === delimiter;
  const size = strong ? 2 : 1;
  const first = source.charAt(at + size);
  if (first === "" || /\s/.test(first) || first === delimiter) return null;
  const closer = delimiter.repeat(size);
  for (let j = source.indexOf(closer, at + size + 1); j !== -1; j = source.indexOf(closer, j + 1)) {
    const before = source.charAt(j - 1);
    const after = source.charAt(j + size);
    if (/\s/.test(before) || before === "\\") continue;
    // A single delimiter must not be half of a double one (the closer of **bold**).
    if (!strong && (after === delimiter || before === delimiter)) continue;
    if (delimiter === "_" && WORD_CHAR.test(after)) continue;
    const mark: MarkJSON = { type: strong ? "bold" : "italic" };
    return { inner: source.slice(at + size, j), mark, end: j + size };
  }
  return null;
}
