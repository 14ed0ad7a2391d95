// Marks the searched words in a text, as data the UI renders as text (never HTML): a list
// of segments, each matched or not, optionally cut to a window around the first match.
import { foldWord, type SearchTerms } from "@/lib/domain/search/terms";

export interface Segment {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function matcher({ words, prefixLast }: SearchTerms): (word: string) => boolean {
  const exact = new Set(words.map(foldWord));
  const prefix = prefixLast && words.length > 0 ? foldWord(words[words.length - 1] ?? "") : null;
  return (word) => {
    const folded = foldWord(word);
    return exact.has(folded) || (prefix !== null && prefix.length > 0 && folded.startsWith(prefix));
  };
}

/** The whole text, its matched words marked. */
export function highlight(text: string, terms: SearchTerms): Segment[] {
  const isMatch = matcher(terms);
  const segments: Segment[] = [];
  let plain = "";
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!isMatch(m[0])) continue;
    plain += text.slice(last, m.index);
    if (plain) segments.push({ text: plain, match: false });
    plain = "";
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  plain += text.slice(last);
  if (plain) segments.push({ text: plain, match: false });
  return segments;
}

/**
 * A window of about `length` characters around the first matched word (the start of the
 * text when nothing matches), cut at word boundaries, with "…" where it was cut.
 */
export function snippet(text: string, terms: SearchTerms, length = 200): Segment[] {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return highlight(flat, terms);
  const isMatch = matcher(terms);
  let first = 0;
  for (const m of flat.matchAll(WORD)) {
    if (isMatch(m[0])) {
      first = m.index;
      break;
    }
  }
  let start = Math.max(0, first - Math.floor(length / 3));
  let end = Math.min(flat.length, start + length);
  start = Math.max(0, end - length);
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    if (space !== -1 && space < first) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > first) end = space;
  }
  const segments = highlight(flat.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: "…", match: false });
  if (end < flat.length) segments.push({ text: "…", match: false });
  return segments;
}
