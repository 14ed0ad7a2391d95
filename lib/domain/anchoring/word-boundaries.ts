// Word edges in plain text (UTF-16 offsets, never inside a surrogate pair): a claim marked
// on whole words (or from space to space, punctuation included) is placed the same way again.

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The character (whole code point) starting at `pos`, or "" at the end. */
function charAt(text: string, pos: number): string {
  if (pos >= text.length) return "";
  const wide = isHighSurrogate(text.charCodeAt(pos)) && isLowSurrogate(text.charCodeAt(pos + 1));
  return text.slice(pos, pos + (wide ? 2 : 1));
}

/** The character (whole code point) ending at `pos`, or "" at the start. */
function charBefore(text: string, pos: number): string {
  if (pos <= 0) return "";
  const low = text.charCodeAt(pos - 1);
  if (pos >= 2 && isLowSurrogate(low) && isHighSurrogate(text.charCodeAt(pos - 2)))
    return text.slice(pos - 2, pos);
  return text.slice(pos - 1, pos);
}

// ASCII answered from the code, anything else by the Unicode classes.
function isWord(ch: string): boolean {
  if (ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return WORD_CHAR.test(ch);
}

function isSpace(ch: string): boolean {
  if (ch === "") return true;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(ch);
}

/** What kind of edge a range's start or end sits on: after/before white space, a word's edge, or neither. */
export type Edge = "space" | "word" | null;

export function edgeAt(text: string, pos: number, side: "start" | "end"): Edge {
  const before = charBefore(text, pos);
  const at = charAt(text, pos);
  if (side === "start" ? isSpace(before) && !isSpace(at) : isSpace(at) && !isSpace(before)) return "space";
  if (side === "start" ? isWordStart(text, pos) : isWordEnd(text, pos)) return "word";
  return null;
}

/** A word begins at `pos`. */
export function isWordStart(text: string, pos: number): boolean {
  return isWord(charAt(text, pos)) && !isWord(charBefore(text, pos));
}

/** A word ends at `pos`. */
export function isWordEnd(text: string, pos: number): boolean {
  return isWord(charBefore(text, pos)) && !isWord(charAt(text, pos));
}

/** `pos`, moved back by one if it would split a surrogate pair. */
export function toCharBoundary(text: string, pos: number): number {
  if (
    pos > 0 &&
    pos < text.length &&
    isLowSurrogate(text.charCodeAt(pos)) &&
    isHighSurrogate(text.charCodeAt(pos - 1))
  )
    return pos - 1;
  return pos;
}

/** Offsets within `reach` of `pos` (and within [0, length]) that pass `test`, nearest first. */
export function nearbyOffsets(
  pos: number,
  reach: number,
  length: number,
  test: (offset: number) => boolean,
): number[] {
  const found: number[] = [];
  for (let d = 0; d <= reach; d += 1) {
    if (pos - d >= 0 && pos - d <= length && test(pos - d)) found.push(pos - d);
    if (d > 0 && pos + d >= 0 && pos + d <= length && test(pos + d)) found.push(pos + d);
  }
  return found;
}
