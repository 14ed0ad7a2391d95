import { anchoredSimilarity, searchApproximate, similarity } from "./approximate-search";
import type { ClaimAnchor } from "./reanchor-claims";
import { countForeignChars } from "./segment-map";
import type { Segment } from "./text-diff";
import { edgeAt, isWordEnd, isWordStart, nearbyOffsets, toCharBoundary, type Edge } from "./word-boundaries";

// The places a claim may be now, each scored on quote, prefix, suffix and position (weights as
// W3C annotation clients use them), for reanchor-claims.ts to choose from.

export const WEIGHT = { quote: 0.5, prefix: 0.2, suffix: 0.2, position: 0.1 };
/** Below this similarity the words are too different to be the claim's, whatever the context. */
export const MIN_QUOTE_SIMILARITY = 0.65;
/** The same, for the old range carried through the alignment with both edges in place. */
const MIN_MAPPED_QUOTE_SIMILARITY = 0.5;
/** Two places closer than this in score are a coin toss: the claim is orphaned. */
export const AMBIGUITY_MARGIN = 0.04;
/** Edits allowed in an approximate match, as a share of the quote's length. */
const MAX_ERROR_RATE = 0.4;
const SNAP_REACH = 12;
const MIN_MOVED_LENGTH = 40;
/**
 * Near its old place, a candidate whose edge is not where the claim's unchanged first or last
 * word now stands loses this much: words inserted inside a claim stay inside it, as when an
 * editor types there, rather than pushing its edge in.
 */
const MOVED_EDGE_PENALTY = 0.06;

export type Candidate = { start: number; end: number; score: number };

export type Context = {
  oldText: string;
  newText: string;
  segments: Segment[];
  stretches: Array<{ from: number; to: number; added: number }>;
};

export type ClaimWork = {
  claim: ClaimAnchor;
  ownStart: number;
  ownEnd: number;
  hint: number;
  hintEnd: number;
  startEdge: Edge;
  endEdge: Edge;
  /** The mapped edge is where the claim's edge is now (its word unchanged, or replaced in place). */
  startKept: boolean;
  endKept: boolean;
  /** Weighted prefix score by start and suffix score by end, computed once each. */
  prefixScores: Map<number, number>;
  suffixScores: Map<number, number>;
};

/**
 * Scores a place, or null when it is not acceptable at all. `context` is the weighted
 * prefix + suffix score when the caller has it already.
 */
export function scorePlace(
  ctx: Context,
  work: ClaimWork,
  start: number,
  end: number,
  quoteScore: number,
  context?: number,
): Candidate | null {
  if (quoteScore < MIN_QUOTE_SIMILARITY || end <= start) return null;
  if (countForeignChars(ctx.segments, start, end, work.ownStart, work.ownEnd) > 0) return null;
  const scale = Math.max(200, 4 * work.claim.quote.length);
  const distance = Math.abs(start - work.hint);
  const positionScore = Math.max(0, 1 - distance / scale);
  const nearby = distance < scale;
  const penalty =
    (nearby && work.startKept && start !== work.hint ? MOVED_EDGE_PENALTY : 0) +
    (nearby && work.endKept && end !== work.hintEnd ? MOVED_EDGE_PENALTY : 0);
  const score =
    WEIGHT.quote * quoteScore +
    (context ?? prefixAt(ctx, work, start) + suffixAt(ctx, work, end)) +
    WEIGHT.position * positionScore -
    penalty;
  return { start, end, score };
}

/**
 * The old range carried through the alignment, when both its edges are: words changed or
 * inserted inside a claim are the claim's, as when an editor types there. A weaker quote
 * similarity is enough then, as long as part of the claim's text is still there.
 */
export function mappedCandidate(ctx: Context, work: ClaimWork): Candidate[] {
  if (!work.startKept || !work.endKept || work.hintEnd <= work.hint) return [];
  const quoteScore = similarity(work.claim.quote, ctx.newText.slice(work.hint, work.hintEnd));
  if (quoteScore < MIN_MAPPED_QUOTE_SIMILARITY) return [];
  const candidate = scorePlace(
    ctx,
    work,
    work.hint,
    work.hintEnd,
    Math.max(quoteScore, MIN_QUOTE_SIMILARITY),
  );
  return candidate
    ? [
        {
          ...candidate,
          score: candidate.score - WEIGHT.quote * (Math.max(quoteScore, MIN_QUOTE_SIMILARITY) - quoteScore),
        },
      ]
    : [];
}

export function exactCandidates(ctx: Context, work: ClaimWork): Candidate[] {
  const found: Candidate[] = [];
  const { quote } = work.claim;
  for (let at = ctx.newText.indexOf(quote); at !== -1; at = ctx.newText.indexOf(quote, at + 1)) {
    const candidate = scorePlace(ctx, work, at, at + quote.length, 1);
    if (candidate) found.push(candidate);
  }
  return found;
}

export function windowCandidates(ctx: Context, work: ClaimWork): Candidate[] {
  const reach = Math.max(32, work.claim.quote.length);
  const from = Math.max(0, work.hint - reach);
  const to = Math.min(ctx.newText.length, work.hintEnd + reach);
  return approximateCandidates(ctx, work, [[from, to]]);
}

/** Approximate matches inside stretches of new text long enough to hold most of the quote. */
export function stretchCandidates(ctx: Context, work: ClaimWork): Candidate[] {
  const m = work.claim.quote.length;
  const ranges: Array<[number, number]> = [];
  for (const { from: a, to: b, added } of ctx.stretches) {
    // Text that grew by a sentence or so, not a word typed in: where moved words land.
    if (added < Math.max(MIN_MOVED_LENGTH, Math.ceil((1 - MAX_ERROR_RATE) * m))) continue;
    const from = Math.max(0, a - m);
    const to = Math.min(ctx.newText.length, b + m);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else ranges.push([from, to]);
  }
  return approximateCandidates(ctx, work, ranges);
}

function approximateCandidates(ctx: Context, work: ClaimWork, ranges: Array<[number, number]>): Candidate[] {
  const { quote } = work.claim;
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  const found: Candidate[] = [];
  for (const [from, to] of ranges) {
    // Far worse words than the best match here cannot win on context alone.
    const matches = searchApproximate(ctx.newText, quote, from, to, maxErrors);
    const fewest = Math.min(...matches.map((m) => m.errors));
    for (const match of matches) {
      if (match.errors > fewest + Math.ceil(quote.length * 0.15)) continue;
      const best = refine(ctx, work, match.start, match.end);
      if (best) found.push(best);
    }
  }
  return found;
}

/** The best placement near a raw match, with its edges moved to the kind of edge the claim's were on. */
function refine(ctx: Context, work: ClaimWork, rawStart: number, rawEnd: number): Candidate | null {
  const text = ctx.newText;
  // The nearest edges of the claim's kind around the raw edge, and the mapped edge.
  const snap = (raw: number, edge: Edge, side: "start" | "end", mapped: number) => {
    const wordEdge = side === "start" ? isWordStart : isWordEnd;
    const test = (p: number) => (edge === "space" ? edgeAt(text, p, side) === "space" : wordEdge(text, p));
    const found = edge
      ? nearbyOffsets(raw, SNAP_REACH, text.length, test).slice(0, 5)
      : [toCharBoundary(text, raw)];
    if (edge && Math.abs(mapped - raw) <= SNAP_REACH && test(mapped) && !found.includes(mapped))
      found.push(mapped);
    return found.length > 0 ? found : [toCharBoundary(text, raw)];
  };
  const starts = snap(rawStart, work.startEdge, "start", work.hint);
  const ends = snap(rawEnd, work.endEdge, "end", work.hintEnd);
  let best: Candidate | null = null;
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start) continue;
      const length = work.claim.quote.length;
      if (Math.abs(end - start - length) > (1 - MIN_QUOTE_SIMILARITY) * Math.max(length, end - start))
        continue;
      const quoteScore = similarity(work.claim.quote, text.slice(start, end));
      if (quoteScore < MIN_QUOTE_SIMILARITY) continue;
      const context = prefixAt(ctx, work, start) + suffixAt(ctx, work, end);
      const candidate = scorePlace(ctx, work, start, end, quoteScore, context);
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    }
  }
  return best;
}

/**
 * The claim's quote stood elsewhere in the old text with context as close to the claim's as
 * the far place found: that place may as well be a copy of those other words.
 */
export function hasTwin(ctx: Context, work: ClaimWork, found: Candidate): boolean {
  const { quote, prefix, suffix } = work.claim;
  const old = ctx.oldText;
  const foundContext = contextScore(ctx.newText, work.claim, found.start, found.end);
  for (let at = old.indexOf(quote); at !== -1; at = old.indexOf(quote, at + 1)) {
    if (at === work.ownStart && work.ownEnd > work.ownStart) continue;
    if (contextScore(old, { prefix, suffix }, at, at + quote.length) >= foundContext - AMBIGUITY_MARGIN)
      return true;
  }
  return false;
}

// Half as much again as the stored context is compared, so a word inserted beside the claim
// still leaves the rest of the context to compare.
function prefixScore(text: string, claim: { prefix: string }, start: number): number {
  const before = text.slice(Math.max(0, start - Math.ceil(claim.prefix.length * 1.5)), start);
  return WEIGHT.prefix * anchoredSimilarity(claim.prefix, before, true);
}

function suffixScore(text: string, claim: { suffix: string }, end: number): number {
  const after = text.slice(end, end + Math.ceil(claim.suffix.length * 1.5));
  return WEIGHT.suffix * anchoredSimilarity(claim.suffix, after, false);
}

function prefixAt(ctx: Context, work: ClaimWork, start: number): number {
  let score = work.prefixScores.get(start);
  if (score === undefined) {
    score = prefixScore(ctx.newText, work.claim, start);
    work.prefixScores.set(start, score);
  }
  return score;
}

function suffixAt(ctx: Context, work: ClaimWork, end: number): number {
  let score = work.suffixScores.get(end);
  if (score === undefined) {
    score = suffixScore(ctx.newText, work.claim, end);
    work.suffixScores.set(end, score);
  }
  return score;
}

function contextScore(
  text: string,
  claim: { prefix: string; suffix: string },
  start: number,
  end: number,
): number {
  return prefixScore(text, claim, start) + suffixScore(text, claim, end);
}
