import "server-only";
// Full-text search across the newsroom: articles (title and text), claims (words, rating,
// assignee), sources (title, publisher, URL, note) and comments (words, and the names of the
// people they mention). One use case; the queries are the database engine's own
// (FTS5 on SQLite, tsvector on PostgreSQL), kept in step with every write by triggers.
import { db, getDbProvider } from "@/lib/db";
import type { ArticleStatusName, ClaimStatusName } from "@/lib/domain/claims/claim-status";
import { canSeeSource } from "@/lib/domain/permissions";
import { highlight, snippet, type Segment } from "@/lib/domain/search/highlight";
import { parseSearchTerms, type SearchTerms } from "@/lib/domain/search/terms";
import { parseInput } from "@/lib/validation/issues";
import { ZSearchInput } from "@/lib/validation/search";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { postgresSearch } from "@/lib/server/search/postgres-search";
import type { SearchEngine } from "@/lib/server/search/search-engine";
import { sqliteSearch } from "@/lib/server/search/sqlite-search";

export type { Segment };

export interface SearchGroup<H> {
  /** How many match in all; `hits` holds the best `limit` of them. */
  total: number;
  /** Set when at least `total` match, perhaps more (a very common word: "1,000+"). */
  capped?: true;
  hits: H[];
}

export interface ArticleHit {
  id: string;
  href: string;
  status: ArticleStatusName;
  /** Spiked articles are found too (never deleted), and said to be spiked. */
  spiked: boolean;
  title: Segment[];
  /** Text around the first match in the article's words. */
  snippet: Segment[];
}

export interface ClaimHit {
  id: string;
  href: string;
  article: { id: string; title: string };
  status: ClaimStatusName;
  orphaned: boolean;
  quote: Segment[];
  /** The current verdict's rating (in review or approved), when there is one. */
  rating: Segment[] | null;
  assignee: Segment[] | null;
}

export interface SourceHit {
  id: string;
  href: string;
  article: { id: string; title: string };
  claim: { id: string; quote: string };
  title: Segment[];
  publisher: Segment[];
  url: Segment[];
  note: Segment[] | null;
}

export interface CommentHit {
  id: string;
  href: string;
  article: { id: string; title: string };
  claim: { id: string; quote: string };
  author: string;
  createdAt: string;
  body: Segment[];
}

export interface SearchResults {
  query: string;
  articles: SearchGroup<ArticleHit>;
  claims: SearchGroup<ClaimHit>;
  sources: SearchGroup<SourceHit>;
  comments: SearchGroup<CommentHit>;
}

const claimHref = (articleId: string, claimId: string) => `/articles/${articleId}?claim=${claimId}`;
const marked = (segments: Segment[]) => segments.some((s) => s.match);
const byRank = <T extends { id: string }>(ids: string[], rows: T[]): T[] =>
  ids.flatMap((id) => rows.find((row) => row.id === id) ?? []);

const counted = ({ total, capped }: { total: number; capped?: true }) =>
  capped ? { total, capped } : { total };

function engine(): SearchEngine {
  return getDbProvider() === "postgresql" ? postgresSearch : sqliteSearch;
}

export async function search(rawInput: unknown, actor: Actor): Promise<SearchResults> {
  const input = parseInput(ZSearchInput, rawInput);
  assertAllowed(actor, "article.view");
  const terms = parseSearchTerms(input.q);
  const empty = { total: 0, hits: [] };
  if (terms.words.length === 0) {
    return { query: input.q, articles: empty, claims: empty, sources: empty, comments: empty };
  }
  const queries = engine();
  // The policy decides whether a sensitive source may be found at all; the query leaves
  // the others out, so neither a hit nor the total tells an editor one exists.
  const includeSensitive = canSeeSource(actor, { sensitive: true });
  const [articles, claims, sources, comments] = await Promise.all([
    queries.articles(terms, input.limit),
    queries.claims(terms, input.limit),
    queries.sources(terms, input.limit, includeSensitive),
    queries.comments(terms, input.limit),
  ]);
  return {
    query: input.q,
    articles: { ...counted(articles), hits: await loadArticles(articles.hits, terms) },
    claims: { ...counted(claims), hits: await loadClaims(claims.ids, terms) },
    sources: { ...counted(sources), hits: await loadSources(sources.ids, terms, actor) },
    comments: { ...counted(comments), hits: await loadComments(comments.ids, terms) },
  };
}

async function loadArticles(
  matches: { id: string; excerpt: string; cutStart: boolean; cutEnd: boolean }[],
  terms: SearchTerms,
): Promise<ArticleHit[]> {
  const rows = await db.article.findMany({
    where: { id: { in: matches.map((m) => m.id) } },
    select: { id: true, title: true, status: true, archivedAt: true },
  });
  return byRank(
    matches.map((m) => m.id),
    rows,
  ).map((article) => {
    const match = matches.find((m) => m.id === article.id);
    const body = match ? snippet(match.excerpt, terms) : [];
    if (match?.cutStart && body[0]?.text !== "…") body.unshift({ text: "…", match: false });
    if (match?.cutEnd && body.at(-1)?.text !== "…") body.push({ text: "…", match: false });
    return {
      id: article.id,
      href: `/articles/${article.id}`,
      status: article.status,
      spiked: article.archivedAt !== null,
      title: highlight(article.title, terms),
      snippet: body,
    };
  });
}

async function loadClaims(ids: string[], terms: SearchTerms): Promise<ClaimHit[]> {
  const rows = await db.claim.findMany({
    where: { id: { in: ids }, removedAt: null },
    select: {
      id: true,
      quote: true,
      status: true,
      orphaned: true,
      article: { select: { id: true, title: true } },
      assignee: { select: { name: true } },
      verdicts: {
        where: { state: { in: ["PROPOSED", "APPROVED"] } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { rating: { select: { label: true } } },
      },
    },
  });
  return byRank(ids, rows).map((claim) => {
    const rating = claim.verdicts[0]?.rating.label;
    return {
      id: claim.id,
      href: claimHref(claim.article.id, claim.id),
      article: claim.article,
      status: claim.status,
      orphaned: claim.orphaned,
      quote: highlight(claim.quote, terms),
      rating: rating ? highlight(rating, terms) : null,
      assignee: claim.assignee ? highlight(claim.assignee.name, terms) : null,
    };
  });
}

async function loadSources(ids: string[], terms: SearchTerms, actor: Actor): Promise<SourceHit[]> {
  const rows = await db.source.findMany({
    where: { id: { in: ids }, claim: { removedAt: null } },
    select: {
      id: true,
      title: true,
      publisher: true,
      url: true,
      note: true,
      sensitive: true,
      claim: { select: { id: true, quote: true, article: { select: { id: true, title: true } } } },
    },
  });
  return byRank(ids, rows)
    .filter((source) => canSeeSource(actor, source))
    .map((source) => {
      const note = source.note ? snippet(source.note, terms, 160) : null;
      return {
        id: source.id,
        href: claimHref(source.claim.article.id, source.claim.id),
        article: source.claim.article,
        claim: { id: source.claim.id, quote: source.claim.quote },
        title: highlight(source.title, terms),
        publisher: highlight(source.publisher, terms),
        url: highlight(source.url, terms),
        note: note && marked(note) ? note : null,
      };
    });
}

async function loadComments(ids: string[], terms: SearchTerms): Promise<CommentHit[]> {
  const rows = await db.comment.findMany({
    where: { id: { in: ids }, claim: { removedAt: null } },
    select: {
      id: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      claim: { select: { id: true, quote: true, article: { select: { id: true, title: true } } } },
    },
  });
  return byRank(ids, rows).map((comment) => ({
    id: comment.id,
    href: claimHref(comment.claim.article.id, comment.claim.id),
    article: comment.claim.article,
    claim: { id: comment.claim.id, quote: comment.claim.quote },
    author: comment.author.name,
    createdAt: comment.createdAt.toISOString(),
    body: snippet(comment.body, terms, 240),
  }));
}
