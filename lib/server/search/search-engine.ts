import "server-only";
import type { SearchTerms } from "@/lib/domain/search/terms";

/**
 * At most this many matches of a group are ranked and counted (PostgreSQL): past it the total
 * is a lower bound, flagged `capped`.
 */
export const SEARCH_CANDIDATE_CAP = 1_000;

/** One group's matches, best first: the total and the ids of the first `limit`. */
export interface MatchPage {
  total: number;
  /** Set when more may match than `total` says (only the first matches found were counted). */
  capped?: true;
  ids: string[];
}

/** An article's matches also carry a piece of its plain text around the first match. */
export interface ArticleMatchPage {
  total: number;
  capped?: true;
  hits: { id: string; excerpt: string; cutStart: boolean; cutEnd: boolean }[];
}

/**
 * The full-text queries, one implementation per database engine. Each leaves out what
 * nobody may find: removed claims and everything on them, and sensitive sources unless
 * `includeSensitive`.
 */
export interface SearchEngine {
  articles(terms: SearchTerms, limit: number): Promise<ArticleMatchPage>;
  claims(terms: SearchTerms, limit: number): Promise<MatchPage>;
  sources(terms: SearchTerms, limit: number, includeSensitive: boolean): Promise<MatchPage>;
  comments(terms: SearchTerms, limit: number): Promise<MatchPage>;
}

/** Characters of an article's text read around its first match (the snippet is cut from them). */
export const EXCERPT_BEFORE = 200;
export const EXCERPT_LENGTH = 600;

/** The word to look for in an article's text to place its excerpt: the longest one. */
export function excerptNeedle(terms: SearchTerms): string {
  return terms.words.reduce((a, b) => (b.length > a.length ? b : a), "");
}
