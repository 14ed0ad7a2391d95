// What a search query means: the words in it, found as whole words except the last, which
// is found as a prefix while it is being typed ("Bagr" finds "Bagram"). Everything that is
// not a letter or a digit separates words, so quotes, "*", "-", "AND", "NEAR(" or unbalanced
// parentheses are never full-text syntax: they are words, or nothing.

/** At most this many words count; the rest of a long query adds nothing but cost. */
export const MAX_TERMS = 12;

export interface SearchTerms {
  /** Lower-cased words, each once, in order. */
  words: string[];
  /** Whether the last word is matched as a prefix (it is, unless the query ends in a space). */
  prefixLast: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Folds a word as the index does: lower case, without diacritics ("Sālih" → "salih"). */
export function foldWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export function parseSearchTerms(query: string): SearchTerms {
  const words: string[] = [];
  for (const match of query.normalize("NFKC").matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (!words.includes(word)) words.push(word);
  }
  return { words: words.slice(0, MAX_TERMS), prefixLast: !/\s$/.test(query) };
}

/** The FTS5 MATCH expression: every word as a quoted string (never syntax), all required. */
export function toFts5Query({ words, prefixLast }: SearchTerms): string {
  return words
    .map((word, i) => `"${word.replaceAll('"', '""')}"${prefixLast && i === words.length - 1 ? "*" : ""}`)
    .join(" AND ");
}

/** The PostgreSQL to_tsquery text: every word a quoted lexeme, all required. */
export function toTsQuery({ words, prefixLast }: SearchTerms): string {
  return words
    .map(
      (word, i) =>
        `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'${prefixLast && i === words.length - 1 ? ":*" : ""}`,
    )
    .join(" & ");
}
