import { getDocumentSchema } from "./extensions";
import { parseInlineMarkdown } from "./markdown-inline";
import type { DocJSON, NodeJSON } from "./types";

// Imports a plain-text or Markdown article into a document. Text always stays text: no
// HTML is interpreted, and every result is normalised through the editor schema.
//
// txt: blank lines separate paragraphs; a single newline inside a paragraph is a hard
//      break (line structure in a pasted draft is usually intentional: datelines, bylines).
// md:  #/##/### headings (deeper levels become ###), -/*/+ bullet and 1. ordered lists
//      (flat: indentation does not nest), > blockquotes, **bold**, *italic*, [text](url).
//      A single newline is a space, as in Markdown; two trailing spaces or "\" break the line.

export type TextFormat = "txt" | "md";

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const QUOTE = /^ {0,3}>\s?/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const MAX_QUOTE_DEPTH = 10;
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function convertTextToDoc(text: string, opts: { format?: TextFormat } = {}): DocJSON {
  const lines = text.replace(/\r\n?/g, "\n").replace(CONTROL_CHARS, "").split("\n");
  const blocks = opts.format === "md" ? parseMarkdownBlocks(lines, 0) : parsePlainBlocks(lines);
  // The schema needs at least one block; an empty import is one empty paragraph, as in the editor.
  const content = blocks.length > 0 ? blocks : [{ type: "paragraph" }];
  return getDocumentSchema().nodeFromJSON({ type: "doc", content }).toJSON() as DocJSON;
}

function parsePlainBlocks(lines: string[]): NodeJSON[] {
  const paragraphs: NodeJSON[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(paragraph(joinWithBreaks(current)));
    current = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === "") flush();
    else current.push(trimmed);
  }
  flush();
  return paragraphs;
}

function joinWithBreaks(lines: string[]): NodeJSON[] {
  return lines.flatMap((line, index): NodeJSON[] => {
    const text: NodeJSON = { type: "text", text: line };
    return index === 0 ? [text] : [{ type: "hardBreak" }, text];
  });
}

function paragraph(content: NodeJSON[]): NodeJSON {
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

function parseMarkdownBlocks(lines: string[], depth: number): NodeJSON[] {
  const blocks: NodeJSON[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || THEMATIC_BREAK.test(line)) {
      i += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const content = parseInlineMarkdown(heading[2] ?? "");
      const level = Math.min(heading[1]?.length ?? 1, 3);
      if (content.length > 0) blocks.push({ type: "heading", attrs: { level }, content });
      i += 1;
      continue;
    }
    if (QUOTE.test(line) && depth < MAX_QUOTE_DEPTH) {
      const inner: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i] ?? ""); i += 1) {
        inner.push((lines[i] ?? "").replace(QUOTE, ""));
      }
      const content = parseMarkdownBlocks(inner, depth + 1);
      if (content.length > 0) blocks.push({ type: "blockquote", content });
      continue;
    }
    const listPattern = BULLET.test(line) ? BULLET : ORDERED.test(line) ? ORDERED : null;
    if (listPattern) {
      i = readList(lines, i, listPattern, blocks);
      continue;
    }
    const paragraphLines: string[] = [];
    for (; i < lines.length && !startsBlock(lines[i] ?? "", depth); i += 1) {
      paragraphLines.push(lines[i] ?? "");
    }
    blocks.push(paragraph(parseInlineMarkdown(joinSoftLines(paragraphLines))));
  }
  return blocks;
}

function startsBlock(line: string, depth: number): boolean {
  return (
    line.trim() === "" ||
    THEMATIC_BREAK.test(line) ||
    HEADING.test(line) ||
    (QUOTE.test(line) && depth < MAX_QUOTE_DEPTH) ||
    BULLET.test(line) ||
    ORDERED.test(line)
  );
}

/** Reads one list starting at `start`; returns the index of the first line after it. */
function readList(lines: string[], start: number, pattern: RegExp, blocks: NodeJSON[]): number {
  const items: string[][] = [];
  let firstNumber = 1;
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const match = pattern.exec(line);
    if (match) {
      if (items.length === 0 && pattern === ORDERED) firstNumber = Number(match[1]);
      items.push([(pattern === ORDERED ? match[2] : match[1]) ?? ""]);
    } else if (line.trim() !== "" && /^\s/.test(line) && !startsBlock(line.trimStart(), 0)) {
      items[items.length - 1]?.push(line); // an indented continuation of the last item
    } else if (line.trim() === "" && pattern.test(lines[i + 1] ?? "")) {
      // A blank line between items keeps the list going (a "loose" list).
    } else {
      break;
    }
    i += 1;
  }
  const content = items
    .map((itemLines) => parseInlineMarkdown(joinSoftLines(itemLines)))
    .filter((inline) => inline.length > 0)
    .map((inline): NodeJSON => ({ type: "listItem", content: [paragraph(inline)] }));
  if (content.length > 0) {
    blocks.push(
      pattern === ORDERED
        ? { type: "orderedList", attrs: { start: firstNumber }, content }
        : { type: "bulletList", content },
    );
  }
  return i;
}

// Markdown line joining: a soft break is a space; two trailing spaces or a trailing
// backslash make a hard break, passed on to the inline reader as "\n".
function joinSoftLines(lines: string[]): string {
  return lines
    .map((line, index) => {
      if (index === lines.length - 1) return line.trim();
      const hard = / {2,}$/.test(line) || /\\$/.test(line.trimEnd());
      const body = line.trim().replace(/\\$/, "");
      return `${body}${hard ? "\n" : " "}`;
    })
    .join("");
}
