import { diffArrays } from "diff";

// Where each part of an old plain text went in the new one: a token-level alignment, made
// in one forward pass (near-linear time), turned into character segments.
//
// A general diff (Myers, as the `diff` package does) is O(N·D): on a 20,000-word article
// with a fifth of its words changed it took about 4 s here. Anchoring only needs a
// monotone map that is right wherever the text is unchanged, so this walks both token
// lists together and, at each mismatch, resynchronises on the nearest run of RESYNC_TOKENS
// equal tokens (smallest number of tokens skipped on both sides), looking further ahead
// only when nothing matches nearby (a moved or deleted sentence).

/** A stretch of the old text and what became of it: kept verbatim, or replaced. */
export type Segment = {
  same: boolean;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
};

const RESYNC_TOKENS = 6; // three words with their spaces
const FAR_RESYNC_TOKENS = 12; // a far jump needs six words in common, not a stock phrase
const NEAR_SEARCH = 48; // tokens skipped in total, tried pair by pair
const MAX_REFINED_GAP = 4096; // old × new tokens: bigger gaps (moved sentences) stay whole

type Tokens = { ids: Float64Array; keys: Int32Array; starts: Int32Array; spaces: Uint8Array; length: number };

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const SPACE = /\s/;
const WORD_KIND = 0;
const SPACE_KIND = 1;
const OTHER_KIND = 2;

// Character classes of ASCII, looked up; anything else goes through the Unicode classes.
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return WORD.test(ch) ? WORD_KIND : SPACE.test(ch) ? SPACE_KIND : OTHER_KIND;
});

function kindOf(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c < 128) return ASCII_KIND[c] ?? OTHER_KIND;
  const ch = String.fromCodePoint(text.codePointAt(p) ?? c);
  return WORD.test(ch) ? WORD_KIND : SPACE.test(ch) ? SPACE_KIND : OTHER_KIND;
}

function charWidth(text: string, p: number): number {
  const c = text.charCodeAt(p);
  return c >= 0xd800 && c <= 0xdbff && p + 1 < text.length ? 2 : 1;
}

/**
 * A token is a word (letters, digits, combining marks), a run of white space, or one other
 * character (a surrogate pair counts as one). Its identity is a hash of its characters, taken
 * while scanning (two 32-bit FNV-1a variants in one double: 53 bits, so two different tokens
 * sharing one is vanishingly rare); `keys` keeps 32 bits of it for the run index.
 */
function tokenize(text: string): Tokens {
  const ids = new Float64Array(text.length);
  const keys = new Int32Array(text.length);
  const starts = new Int32Array(text.length + 1);
  const spaces = new Uint8Array(text.length);
  let n = 0;
  let p = 0;
  while (p < text.length) {
    const kind = kindOf(text, p);
    let q = p + charWidth(text, p);
    if (kind !== OTHER_KIND) while (q < text.length && kindOf(text, q) === kind) q += charWidth(text, q);
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let k = p; k < q; k += 1) {
      const c = text.charCodeAt(k);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
    ids[n] = (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
    keys[n] = h1;
    starts[n] = p;
    spaces[n] = kind === SPACE_KIND ? 1 : 0;
    n += 1;
    p = q;
  }
  starts[n] = text.length;
  return {
    ids: ids.subarray(0, n),
    keys: keys.subarray(0, n),
    starts: starts.subarray(0, n + 1),
    spaces: spaces.subarray(0, n),
    length: n,
  };
}

function runsEqual(a: Tokens, i: number, b: Tokens, j: number, length = RESYNC_TOKENS): boolean {
  if (i + length > a.length || j + length > b.length) return false;
  for (let k = 0; k < length; k += 1) if (a.ids[i + k] !== b.ids[j + k]) return false;
  return true;
}

function runKey(t: Tokens, i: number): number {
  let h = 0;
  for (let k = 0; k < RESYNC_TOKENS; k += 1) h = Math.imul(h, 0x01000193) ^ (t.keys[i + k] ?? 0);
  return h;
}

/** Every position of each run of RESYNC_TOKENS tokens in the new text: chained, ascending. */
type RunIndex = { heads: Int32Array; next: Int32Array; mask: number };

function indexRuns(b: Tokens): RunIndex {
  let size = 1024;
  while (size < b.length * 2) size *= 2;
  const heads = new Int32Array(size).fill(-1);
  const next = new Int32Array(Math.max(1, b.length)).fill(-1);
  for (let q = b.length - RESYNC_TOKENS; q >= 0; q -= 1) {
    const slot = runKey(b, q) & (size - 1);
    next[q] = heads[slot] ?? -1;
    heads[slot] = q;
  }
  return { heads, next, mask: size - 1 };
}

/** The nearest (i', j') ≥ (i, j) where both texts continue with the same run, or null. */
function findResync(
  a: Tokens,
  i: number,
  b: Tokens,
  j: number,
  index: () => RunIndex,
): [number, number] | null {
  for (let d = 1; d <= NEAR_SEARCH; d += 1) {
    for (let di = 0; di <= d; di += 1) if (runsEqual(a, i + di, b, j + d - di)) return [i + di, j + d - di];
  }
  // Further away (a sentence moved, inserted or deleted): the cheapest jump on both sides
  // to a longer common run, through the index of the new text's runs.
  let best: [number, number] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  const runs = index();
  for (let p = i; p + RESYNC_TOKENS <= a.length && p - i < bestCost; p += 1) {
    // The chain holds every run with this slot, ascending; equal keys are checked in full.
    for (let q = runs.heads[runKey(a, p) & runs.mask] ?? -1; q !== -1; q = runs.next[q] ?? -1) {
      if (q < j) continue;
      if (p - i + q - j >= bestCost) break;
      if (runsEqual(a, p, b, q, FAR_RESYNC_TOKENS)) {
        best = [p, q];
        bestCost = p - i + q - j;
        break;
      }
    }
  }
  return best;
}

type Push = (same: boolean, i0: number, i1: number, j0: number, j1: number) => void;

/**
 * Between two resynchronisations, the words both sides still share (a word kept between two
 * changed ones, which the run of RESYNC_TOKENS cannot see): a real diff (Myers, from the
 * `diff` package) of the few tokens there, so each kept word is mapped as kept.
 */
function refineGap(a: Tokens, b: Tokens, i0: number, i1: number, j0: number, j1: number, push: Push): void {
  if (i1 - i0 <= 1 || j1 - j0 <= 1 || (i1 - i0) * (j1 - j0) > MAX_REFINED_GAP) {
    pushChange(a, b, i0, i1, j0, j1, push);
    return;
  }
  // White space never counts as shared here: a lone space in common would otherwise win
  // over a word in common ("lead government" → "his lead" would keep the space, not "lead").
  const words = (t: Tokens, from: number, to: number, side: number) =>
    Array.from(t.ids.subarray(from, to), (id, k) => (t.spaces[from + k] ? -1 - 2 * (from + k) - side : id));
  const changes = diffArrays(words(a, i0, i1, 0), words(b, j0, j1, 1));
  let i = i0;
  let j = j0;
  let changeI = i0;
  let changeJ = j0;
  for (const change of changes) {
    const count = change.count;
    if (change.added) j += count;
    else if (change.removed) i += count;
    else {
      pushChange(a, b, changeI, i, changeJ, j, push);
      push(true, i, i + count, j, j + count);
      i += count;
      j += count;
      changeI = i;
      changeJ = j;
    }
  }
  pushChange(a, b, changeI, i1, changeJ, j1, push);
}

/** A change, without the tokens it starts or ends with on both sides (the space around a changed word). */
function pushChange(a: Tokens, b: Tokens, i0: number, i1: number, j0: number, j1: number, push: Push): void {
  let head = 0;
  while (i0 + head < i1 && j0 + head < j1 && a.ids[i0 + head] === b.ids[j0 + head]) head += 1;
  let tail = 0;
  while (i1 - tail > i0 + head && j1 - tail > j0 + head && a.ids[i1 - tail - 1] === b.ids[j1 - tail - 1])
    tail += 1;
  push(true, i0, i0 + head, j0, j0 + head);
  push(false, i0 + head, i1 - tail, j0 + head, j1 - tail);
  push(true, i1 - tail, i1, j1 - tail, j1);
}

/** Segments covering both texts from start to end, in order, alternating kept and replaced. */
export function diffTexts(oldText: string, newText: string): Segment[] {
  const a = tokenize(oldText);
  const b = tokenize(newText);
  const segments: Segment[] = [];
  const push = (same: boolean, i0: number, i1: number, j0: number, j1: number) => {
    if (i0 === i1 && j0 === j1) return;
    segments.push({
      same,
      oldStart: a.starts[i0] ?? oldText.length,
      oldEnd: a.starts[i1] ?? oldText.length,
      newStart: b.starts[j0] ?? newText.length,
      newEnd: b.starts[j1] ?? newText.length,
    });
  };
  let runs: RunIndex | undefined;
  const index = () => (runs ??= indexRuns(b));
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const i0 = i;
    const j0 = j;
    while (i < a.length && j < b.length && a.ids[i] === b.ids[j]) {
      i += 1;
      j += 1;
    }
    push(true, i0, i, j0, j);
    if (i >= a.length || j >= b.length) {
      refineGap(a, b, i, a.length, j, b.length, push);
      break;
    }
    const next = findResync(a, i, b, j, index) ?? [a.length, b.length];
    refineGap(a, b, i, next[0], j, next[1], push);
    [i, j] = next;
  }
  return segments;
}
