// The baseline: approx-string-match driven the way the Hypothesis client anchors a W3C
// annotation (src/annotator/anchoring/html.ts and match-quote.ts, read, not copied):
// first the position selector, kept if the text there still equals the quote; otherwise
// every exact occurrence of the quote, or when there is none approx-string-match's search
// with at most min(256, quote length / 2) errors, each candidate scored
// 50 × quote + 20 × prefix + 20 × suffix + 2 × position (over 92), the best one taken.
// No threshold: any candidate found is used. Nothing found: orphaned.
import approxSearch from "approx-string-match";
import type { ClaimAnchor } from "@/lib/domain/anchoring/reanchor-claims";

type Found = { start: number; end: number; errors: number };

function findAll(text: string, pattern: string, maxErrors: number): Found[] {
  const exact: Found[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

function contextScore(actual: string, expected: string): number {
  if (expected.length === 0 || actual.length === 0) return 0;
  const best = findAll(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

export function anchorLikeHypothesis(
  text: string,
  claim: ClaimAnchor,
): { start: number; end: number } | null {
  const { quote, prefix, suffix, start, end } = claim;
  if (text.slice(start, end) === quote) return { start, end };
  if (quote.length === 0) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (const match of findAll(text, quote, Math.min(256, quote.length / 2))) {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = prefix
      ? contextScore(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix)
      : 1;
    const suffixScore = suffix ? contextScore(text.slice(match.end, match.end + suffix.length), suffix) : 1;
    const positionScore = 1 - Math.abs(match.start - start) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
    if (!best || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best;
}
