// Approximate string matching for re-anchoring: edit distance, similarity, and Sellers'
// semi-global search of a quote inside a bounded stretch of text (O(quote × stretch), which
// stays small because the stretch is a window around where the claim is expected).

export type ApproximateMatch = { start: number; end: number; errors: number };

/** Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const up = row[j] ?? 0;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(diagonal + cost, up + 1, (row[j - 1] ?? 0) + 1);
      diagonal = up;
    }
  }
  return row[b.length] ?? 0;
}

/** 1 for equal strings, 0 for nothing in common; an empty expectation tells nothing (1). */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  return Math.max(0, 1 - editDistance(expected, actual) / Math.max(expected.length, actual.length));
}

/**
 * How well `expected` (a claim's suffix) matches the start of `actual`, or with `fromEnd` (a
 * prefix) the end of it: edits to match all of `expected` against text anchored at that side,
 * the other end free, so words inserted next to the claim cost their length once instead of
 * also pushing the rest of the context out of a same-length slice.
 */
export function anchoredSimilarity(expected: string, actual: string, fromEnd: boolean): number {
  const m = expected.length;
  if (m === 0 || (fromEnd ? actual.endsWith(expected) : actual.startsWith(expected))) return 1;
  // A prefix is matched from its end: both strings reversed, it is the same problem.
  const e = fromEnd ? [...expected].reverse().join("") : expected;
  const a = fromEnd ? [...actual].reverse().join("") : actual;
  const n = a.length;
  const row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j += 1) row[j] = j;
  for (let i = 1; i <= m; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    const c = e.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const up = row[j] ?? 0;
      row[j] = Math.min(diagonal + (c === a.charCodeAt(j - 1) ? 0 : 1), up + 1, (row[j - 1] ?? 0) + 1);
      diagonal = up;
    }
  }
  let best = m;
  for (let j = 0; j <= n; j += 1) best = Math.min(best, row[j] ?? m);
  return Math.max(0, 1 - best / m);
}

/**
 * Every place in text[from, to) where `pattern` matches with at most `maxErrors` edits: the
 * best end of each run of acceptable ends, with the start of its optimal alignment.
 * Patterns of up to 32 code units are scanned with Myers' bit-parallel algorithm (one
 * machine word per text character); the start of each match found then comes from the
 * plain dynamic programme over just that match's stretch.
 */
export function searchApproximate(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxErrors: number,
): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0 || to <= from) return [];
  if (m > 32) return searchByTable(text, pattern, from, to, maxErrors);
  const ends = scanBitParallel(text, pattern, from, to, maxErrors);
  const matches: ApproximateMatch[] = [];
  for (const end of ends) {
    const local = searchByTable(text, pattern, Math.max(from, end - m - maxErrors), end, maxErrors);
    const last = local[local.length - 1];
    if (last && last.end === end) matches.push(last);
  }
  return matches;
}

/** Myers (1999): the best end of each run of ends with at most `maxErrors` edits. */
function scanBitParallel(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxErrors: number,
): number[] {
  const m = pattern.length;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i += 1) {
    const c = pattern.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  const ends: number[] = [];
  let bestEnd = -1;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let p = from; p < to; p += 1) {
    const eq = peq.get(text.charCodeAt(p)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score += 1;
    else if (mh & high) score -= 1;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= maxErrors) {
      if (score < bestScore) {
        bestScore = score;
        bestEnd = p + 1;
      }
    } else if (bestEnd >= 0) {
      ends.push(bestEnd);
      bestEnd = -1;
      bestScore = Number.POSITIVE_INFINITY;
    }
  }
  if (bestEnd >= 0) ends.push(bestEnd);
  return ends;
}

/** Sellers' dynamic programme, keeping the start of each alignment. */
function searchByTable(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxErrors: number,
): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0 || to <= from) return [];
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) {
    cost[i] = i;
    start[i] = from;
  }
  const matches: ApproximateMatch[] = [];
  let run: ApproximateMatch | null = null;
  for (let p = from; p < to; p += 1) {
    const c = text.charCodeAt(p);
    nextCost[0] = 0;
    nextStart[0] = p + 1;
    for (let i = 1; i <= m; i += 1) {
      // Ties prefer the diagonal (match or substitution), then skipping a text character.
      let best = (cost[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let bestStart = start[i - 1] ?? 0;
      const skipText = (cost[i] ?? 0) + 1;
      if (skipText < best) {
        best = skipText;
        bestStart = start[i] ?? 0;
      }
      const skipPattern = (nextCost[i - 1] ?? 0) + 1;
      if (skipPattern < best) {
        best = skipPattern;
        bestStart = nextStart[i - 1] ?? 0;
      }
      nextCost[i] = best;
      nextStart[i] = bestStart;
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];
    const errors = cost[m] ?? m;
    if (errors <= maxErrors) {
      if (!run || errors < run.errors) run = { start: start[m] ?? p, end: p + 1, errors };
    } else if (run) {
      matches.push(run);
      run = null;
    }
  }
  if (run) matches.push(run);
  return matches;
}
