import { getClaimIdsOf } from "./claim-marks-on-node";
import { visitInlineNodes } from "./plain-text";
import type { DocJSON } from "./types";

// Where each claim sits, read from the document in a single walk. A claim is described as
// a W3C TextQuoteSelector (quote + prefix + suffix) plus a TextPositionSelector (start,
// end), in the offsets defined by plain-text.ts.

export const CONTEXT_LENGTH = 32;

export type ExtractedClaim = {
  id: string;
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
};

/** A further range of an id that already has its claim range: a pasted copy. */
export type StrayRange = { id: string; start: number; end: number };

export type ExtractClaimsOptions = {
  /** The quote stored for each known id, so an edit elsewhere cannot swap which copy counts. */
  knownQuotes?: ReadonlyMap<string, string>;
};

export type ExtractClaimsResult = {
  text: string;
  claims: ExtractedClaim[];
  strays: StrayRange[];
};

type Run = { start: number; end: number; lastSerial: number };

export function extractClaims(doc: DocJSON, options: ExtractClaimsOptions = {}): ExtractClaimsResult {
  const runs = new Map<string, Run[]>();
  const text = visitInlineNodes(doc, ({ node, start, end, serial }) => {
    for (const id of getClaimIdsOf(node)) {
      const list = runs.get(id) ?? [];
      const last = list[list.length - 1];
      // Contiguous means "no other inline node in between". Block boundaries add no inline
      // node, so a mark that ends one paragraph and starts the next stays one range, while
      // any unmarked text (or unmarked hard break) in between starts a new range.
      if (last && last.lastSerial === serial - 1) {
        last.end = end;
        last.lastSerial = serial;
      } else {
        list.push({ start, end, lastSerial: serial });
      }
      runs.set(id, list);
    }
  });

  const claims: ExtractedClaim[] = [];
  const strays: StrayRange[] = [];
  for (const [id, list] of runs) {
    const known = options.knownQuotes?.get(id);
    const chosen =
      (known === undefined ? undefined : list.find((r) => text.slice(r.start, r.end) === known)) ?? list[0];
    for (const run of list) {
      if (run === chosen) claims.push(describeClaim(text, id, run));
      else strays.push({ id, start: run.start, end: run.end });
    }
  }
  return { text, claims: claims.sort(compareRanges), strays: strays.sort(compareRanges) };
}

function describeClaim(text: string, id: string, run: Run): ExtractedClaim {
  return { id, ...describeAnchor(text, run.start, run.end) };
}

/** The quote, offsets and context of the plain-text range [start, end). */
export function describeAnchor(text: string, start: number, end: number): Omit<ExtractedClaim, "id"> {
  return {
    quote: text.slice(start, end),
    start,
    end,
    prefix: trimBrokenSurrogates(text.slice(Math.max(0, start - CONTEXT_LENGTH), start)),
    suffix: trimBrokenSurrogates(text.slice(end, end + CONTEXT_LENGTH)),
  };
}

// Cutting 32 code units can split an emoji's surrogate pair; a lone surrogate is invalid
// UTF-8 once stored or exported, so the half character is dropped.
function trimBrokenSurrogates(context: string): string {
  let result = context;
  if (/^[\uDC00-\uDFFF]/.test(result)) result = result.slice(1);
  if (/[\uD800-\uDBFF]$/.test(result)) result = result.slice(0, -1);
  return result;
}

// Document order: by start, then longer first so an outer claim precedes an inner one.
function compareRanges(a: StrayRange, b: StrayRange): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
