import {
  AMBIGUITY_MARGIN,
  exactCandidates,
  hasTwin,
  mappedCandidate,
  stretchCandidates,
  windowCandidates,
  type Candidate,
  type ClaimWork,
  type Context,
} from "./candidates";
import { insertedStretches, isCleanEdge, mapOffset } from "./segment-map";
import { diffTexts } from "./text-diff";
import { edgeAt, isWordEnd, isWordStart } from "./word-boundaries";

// Re-anchoring: each claim of an old plain text placed in a new one by its selectors (quote,
// prefix, suffix, start, end — as stored on Claim, offsets as in document/plain-text.ts).
//
// 1. One pass aligns the two texts (text-diff.ts). A claim whose words are unchanged where
//    that alignment puts them is placed there: `exact`, O(log n).
// 2. Otherwise, approximate matches in a window around the mapped place (edited words), with
//    their edges moved to word or space edges when the claim's were. Each is scored on quote,
//    prefix, suffix and position (weights as W3C annotation clients use).
// 3. Only if nothing there is good enough: exact occurrences anywhere, and approximate ones in
//    stretches of new text (where a moved sentence lands). A place found that far is refused
//    when the same words with the same context stood elsewhere in the old text too: a copy
//    cannot be told from the claim's own words.
// A candidate made of unchanged text that stood elsewhere before is other words, never this
// claim: it is dropped. The best candidate is taken only above a threshold and clearly ahead
// of any other place; otherwise the claim is orphaned, never guessed.

export type ClaimAnchor = {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
};

export type Placement =
  | {
      claimId: string;
      outcome: "exact" | "moved" | "fuzzy";
      /** 0..1: 1 for an exact placement; for the others the weighted match score. */
      score: number;
      start: number;
      end: number;
      /** The words the claim now covers. */
      quote: string;
    }
  | {
      claimId: string;
      outcome: "orphaned";
      score: 0;
      start: null;
      end: null;
      /** The claim's last quote. */
      quote: string;
      /** `not-found`: no place good enough; `ambiguous`: two places equally good. */
      reason: "not-found" | "ambiguous";
    };

export type ReanchorInput = { oldText: string; newText: string; claims: readonly ClaimAnchor[] };

/** Below this a place is not taken. */
export const MIN_SCORE = 0.72;
/** A carried-over range scoring this much is taken without searching around it. */
const SURE_SCORE = 0.85;

export function reanchorClaims({ oldText, newText, claims }: ReanchorInput): Placement[] {
  const segments = diffTexts(oldText, newText);
  const context: Context = { oldText, newText, segments, stretches: insertedStretches(segments) };
  return claims.map((claim) => placeClaim(context, claim));
}

function placeClaim(ctx: Context, claim: ClaimAnchor): Placement {
  const { quote } = claim;
  if (quote.length === 0) return orphan(claim, "not-found");
  // A claim already orphaned, or offsets that do not hold its quote, have no place of their
  // own in the old text: only new text can be theirs.
  const known = ctx.oldText.slice(claim.start, claim.end) === quote;
  const hint = known
    ? mapOffset(ctx.segments, claim.start, "start")
    : Math.min(claim.start, ctx.newText.length);
  const work: ClaimWork = {
    claim,
    ownStart: known ? claim.start : 0,
    ownEnd: known ? claim.end : 0,
    hint,
    hintEnd: known ? mapOffset(ctx.segments, claim.end, "end") : hint + quote.length,
    startEdge: known ? edgeAt(ctx.oldText, claim.start, "start") : isWordStart(quote, 0) ? "word" : null,
    endEdge: known ? edgeAt(ctx.oldText, claim.end, "end") : isWordEnd(quote, quote.length) ? "word" : null,
    startKept: known && isCleanEdge(ctx.segments, claim.start, "start"),
    endKept: known && isCleanEdge(ctx.segments, claim.end, "end"),
    prefixScores: new Map(),
    suffixScores: new Map(),
  };
  if (known && ctx.newText.slice(work.hint, work.hintEnd) === quote) {
    return { claimId: claim.id, outcome: "exact", score: 1, start: work.hint, end: work.hintEnd, quote };
  }

  // The old range carried through the alignment, both edges in place and its words mostly
  // still there, is the claim: nothing nearby needs searching.
  const mapped = mappedCandidate(ctx, work);
  const sure = mapped.length > 0 && (mapped[0]?.score ?? 0) >= SURE_SCORE;
  let choice = choose(sure ? mapped : [...mapped, ...windowCandidates(ctx, work)]);
  if (choice === "none") {
    choice = choose([...exactCandidates(ctx, work), ...stretchCandidates(ctx, work)]);
    if (typeof choice === "object" && hasTwin(ctx, work, choice)) choice = "ambiguous";
  }
  if (choice === "none" || choice === "ambiguous")
    return orphan(claim, choice === "none" ? "not-found" : "ambiguous");

  const placed = ctx.newText.slice(choice.start, choice.end);
  const sameContext =
    ctx.newText.slice(choice.start - claim.prefix.length, choice.start) === claim.prefix &&
    ctx.newText.slice(choice.end, choice.end + claim.suffix.length) === claim.suffix;
  const outcome = placed !== quote ? "fuzzy" : sameContext ? "exact" : "moved";
  const score = outcome === "exact" ? 1 : Math.round(choice.score * 1000) / 1000;
  return { claimId: claim.id, outcome, score, start: choice.start, end: choice.end, quote: placed };
}

function orphan(claim: ClaimAnchor, reason: "not-found" | "ambiguous"): Placement {
  return {
    claimId: claim.id,
    outcome: "orphaned",
    score: 0,
    start: null,
    end: null,
    quote: claim.quote,
    reason,
  };
}

/** The best candidate if it is good enough and clearly ahead of any other place. */
function choose(candidates: Candidate[]): Candidate | "none" | "ambiguous" {
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  if (!best || best.score < MIN_SCORE) return "none";
  const top = best;
  const rival = candidates.some(
    (c) => (c.end <= top.start || c.start >= top.end) && top.score - c.score < AMBIGUITY_MARGIN,
  );
  return rival ? "ambiguous" : top;
}
