// A new version of a long article for the re-anchoring benchmark, with the right answer
// known by construction: every token remembers where it stood in the old text, so each
// claim's words can be followed through word edits and sentence moves, duplicates and
// deletions. Seeded, so every run edits the same way.

import { random } from "./bench-support";

export type Claimed = { id: string; quote: string; start: number; end: number };

/** Where each claim's words ended up in the new text, or null when they are all gone. */
export type Truth = Map<string, { start: number; end: number } | null>;

export type EditPlan = {
  seed: number;
  /** Share of words changed: substituted (half), deleted (a quarter) or with a word inserted after. */
  wordRate: number;
  movedSentences: number;
  duplicatedSentences: number;
  deletedSentences: number;
};

type Token = { text: string; origin: number | null; word: boolean };

function tokenize(text: string, claims: readonly Claimed[]): Token[] {
  const cuts = new Set<number>();
  for (const c of claims) cuts.add(c.start).add(c.end);
  const tokens: Token[] = [];
  for (const match of text.matchAll(/\S+|\s+/g)) {
    let from = match.index;
    const to = from + match[0].length;
    for (let p = from + 1; p <= to; p += 1) {
      if (p === to || cuts.has(p)) {
        tokens.push({ text: text.slice(from, p), origin: from, word: /\S/.test(match[0]) });
        from = p;
      }
    }
  }
  return tokens;
}

type Sentence = { first: number; last: number };

/** Sentences (token index ranges of words) that no claim crosses and that hold a claim. */
function claimedSentences(tokens: Token[], claims: readonly Claimed[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = -1;
  tokens.forEach((token, i) => {
    if (token.word && first < 0) first = i;
    const next = tokens[i + 1];
    const endsBlock = !next || next.text.includes("\n");
    if (token.word && first >= 0 && ((/[.!?]["”’)]?$/.test(token.text) && next?.text === " ") || endsBlock)) {
      sentences.push({ first, last: i });
      first = -1;
    } else if (!token.word && token.text.includes("\n")) first = -1;
  });
  const startOf = (i: number) => tokens[i]?.origin ?? 0;
  const endOf = (i: number) => (tokens[i]?.origin ?? 0) + (tokens[i]?.text.length ?? 0);
  return sentences.filter((s) => {
    const a = startOf(s.first);
    const b = endOf(s.last);
    const holds = claims.some((c) => c.start >= a && c.end <= b);
    const crossed = claims.some((c) => (c.start < a && c.end > a) || (c.start < b && c.end > b));
    return holds && !crossed && tokens[s.last + 1]?.text === " ";
  });
}

export function makeNewVersion(
  oldText: string,
  claims: readonly Claimed[],
  plan: EditPlan,
): { newText: string; truth: Truth; changedShare: number } {
  const next = random(plan.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const tokens = tokenize(oldText, claims);
  const vocabulary = tokens.filter((t) => t.word).map((t) => t.text);

  // Sentence operations, chosen among distinct claimed sentences, applied in one rebuild.
  const pool = claimedSentences(tokens, claims);
  const chosen = new Set<number>();
  const take = () => {
    for (;;) {
      const i = Math.floor(next() * pool.length);
      if (!chosen.has(i)) {
        chosen.add(i);
        return pool[i] as Sentence;
      }
    }
  };
  const removed = new Set<number>();
  const insertBefore = new Map<number, Token[]>();
  const sentenceTokens = (s: Sentence, copy: boolean) =>
    tokens.slice(s.first, s.last + 2).map((t) => (copy ? { ...t, origin: null } : t));
  // Text lands away from every sentence already picked, so a copy never takes the place of
  // the sentence it copies and nothing lands inside a sentence that is itself moved.
  const picked: number[] = [];
  const elsewhere = () => {
    for (;;) {
      const target = pick(pool);
      if (picked.every((first) => Math.abs(target.first - first) > 400)) return target.first;
    }
  };
  const ops: Array<[number, "move" | "duplicate" | "delete"]> = [
    [plan.movedSentences, "move"],
    [plan.duplicatedSentences, "duplicate"],
    [plan.deletedSentences, "delete"],
  ];
  for (const [count, op] of ops) {
    for (let n = 0; n < count; n += 1) {
      const s = take();
      picked.push(s.first);
      if (op !== "duplicate") for (let i = s.first; i <= s.last + 1; i += 1) removed.add(i);
      if (op !== "delete") {
        const at = elsewhere();
        insertBefore.set(at, [...(insertBefore.get(at) ?? []), ...sentenceTokens(s, op === "duplicate")]);
      }
    }
  }
  let edited: Token[] = [];
  tokens.forEach((t, i) => {
    edited.push(...(insertBefore.get(i) ?? []));
    if (!removed.has(i)) edited.push(t);
  });

  // Word edits. A word never becomes, or gets next to it, a copy of its neighbour (in "the
  // the" nobody can say which one is new), and the word after an edit is left alone
  // (deleting one word and inserting another beside it reads exactly as changing it), so the
  // right answer is the one a reader would give.
  const out: Token[] = [];
  let skipNext = false;
  let changedWords = 0;
  const perWord = plan.wordRate / (1 - plan.wordRate); // the skipped words make up for it
  const neighbours = (i: number) => [edited[i - 2]?.text, edited[i]?.text, edited[i + 2]?.text];
  for (let i = 0; i < edited.length; i += 1) {
    const t = edited[i] as Token;
    if (!t.word || skipNext || next() >= perWord) {
      if (t.word) skipNext = false;
      out.push(t);
      continue;
    }
    skipNext = true;
    changedWords += 1;
    const kind = next();
    if (kind < 0.5) {
      let word = pick(vocabulary);
      while (neighbours(i).includes(word)) word = pick(vocabulary);
      out.push({ ...t, text: word });
    } else if (kind < 0.75) {
      if (edited[i + 1]?.text === " ")
        i += 1; // the word and its space
      else if (out[out.length - 1]?.text === " ") out.pop();
    } else {
      let word = pick(vocabulary);
      while (neighbours(i).includes(word) || edited[i + 2]?.text === word) word = pick(vocabulary);
      out.push(t, { text: " ", origin: null, word: false }, { text: word, origin: null, word: true });
    }
  }
  edited = out;

  const truth: Truth = new Map();
  const spans = new Map<number, { start: number; end: number }>(); // old word start → new range
  let length = 0;
  for (const t of edited) {
    if (t.word && t.origin !== null) spans.set(t.origin, { start: length, end: length + t.text.length });
    length += t.text.length;
  }
  const wordStarts = tokens.filter((t) => t.word).map((t) => t.origin ?? 0); // ascending
  for (const c of claims) {
    let start = Number.POSITIVE_INFINITY;
    let end = -1;
    let k = lowerBound(wordStarts, c.start);
    for (; k < wordStarts.length && (wordStarts[k] ?? 0) < c.end; k += 1) {
      const span = spans.get(wordStarts[k] ?? 0);
      if (!span) continue;
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
    }
    truth.set(c.id, end < 0 ? null : { start, end });
  }
  const words = edited.filter((t) => t.word).length;
  return { newText: edited.map((t) => t.text).join(""), truth, changedShare: changedWords / words };
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
