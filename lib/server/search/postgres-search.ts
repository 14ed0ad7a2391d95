import "server-only";
// Search on PostgreSQL: tsvector tables under GIN indexes (migration `search`, 'simple'
// configuration), ranked by ts_rank with the title or quote weighted most.
//
// A common word matches most rows, and ranking (or even counting) every match read them all:
// 0.6–0.8 s for "the" at 100,000 claims. So each group first takes at most
// SEARCH_CANDIDATE_CAP + 1 matches as the GIN index (or a scan, for a word in most rows) yields
// them, and ranks and counts only those: a query matching up to the cap is ranked exactly as
// before; beyond it, the best of the first matches found are shown and the total is a lower
// bound (`capped`, shown as "1,000+").
import { db } from "@/lib/db";
import { toTsQuery } from "@/lib/domain/search/terms";
import {
  EXCERPT_BEFORE,
  EXCERPT_LENGTH,
  SEARCH_CANDIDATE_CAP,
  excerptNeedle,
  type MatchPage,
  type SearchEngine,
} from "@/lib/server/search/search-engine";

/** One ranked hit, with how many candidates were taken and how many of them may be shown. */
type RankedRow = { id: string; found: number | bigint; total: number | bigint };

const CANDIDATES = SEARCH_CANDIDATE_CAP + 1;

/** The group's total, and whether there may be more matches than it says. */
function totalOf(rows: readonly RankedRow[]): Omit<MatchPage, "ids"> {
  const first = rows[0];
  if (!first) return { total: 0 };
  const total = Number(first.total);
  return Number(first.found) > SEARCH_CANDIDATE_CAP
    ? { total: Math.min(total, SEARCH_CANDIDATE_CAP), capped: true }
    : { total };
}

export const postgresSearch: SearchEngine = {
  async articles(terms, limit) {
    const query = toTsQuery(terms);
    const needle = excerptNeedle(terms);
    const rows = await db.$queryRaw<(RankedRow & { excerpt: string; start: number; length: number })[]>`
      WITH m AS MATERIALIZED (
        SELECT s."id", s."body", s."document" FROM "search_article" s
        WHERE s."document" @@ to_tsquery('simple', ${query})
        LIMIT ${CANDIDATES}::int
      )
      SELECT a."id",
             substr(m."body", greatest(1, strpos(lower(m."body"), ${needle}) - ${EXCERPT_BEFORE}::int), ${EXCERPT_LENGTH}::int) AS "excerpt",
             greatest(1, strpos(lower(m."body"), ${needle}) - ${EXCERPT_BEFORE}::int) AS "start",
             length(m."body") AS "length",
             (SELECT count(*) FROM m) AS "found",
             count(*) OVER () AS "total"
      FROM m JOIN "Article" a ON a."id" = m."id"
      ORDER BY ts_rank(m."document", to_tsquery('simple', ${query})) DESC, a."updatedAt" DESC
      LIMIT ${limit}::int`;
    return {
      ...totalOf(rows),
      hits: rows.map((r) => ({
        id: r.id,
        excerpt: r.excerpt,
        cutStart: Number(r.start) > 1,
        cutEnd: Number(r.start) - 1 + EXCERPT_LENGTH < Number(r.length),
      })),
    };
  },

  async claims(terms, limit) {
    const query = toTsQuery(terms);
    const rows = await db.$queryRaw<RankedRow[]>`
      WITH m AS MATERIALIZED (
        SELECT s."id", s."document" FROM "search_claim" s
        WHERE s."document" @@ to_tsquery('simple', ${query})
        LIMIT ${CANDIDATES}::int
      )
      SELECT c."id", (SELECT count(*) FROM m) AS "found", count(*) OVER () AS "total"
      FROM m JOIN "Claim" c ON c."id" = m."id"
      WHERE c."removedAt" IS NULL
      ORDER BY ts_rank(m."document", to_tsquery('simple', ${query})) DESC, c."updatedAt" DESC
      LIMIT ${limit}::int`;
    return { ...totalOf(rows), ids: rows.map((r) => r.id) };
  },

  async sources(terms, limit, includeSensitive) {
    const query = toTsQuery(terms);
    // Sensitive sources are left out before the cap, so not even "1,000+" counts one.
    const rows = await db.$queryRaw<RankedRow[]>`
      WITH m AS MATERIALIZED (
        SELECT s."id", s."document", so."claimId", so."updatedAt"
        FROM "search_source" s JOIN "Source" so ON so."id" = s."id"
        WHERE s."document" @@ to_tsquery('simple', ${query})
          AND (${includeSensitive}::boolean OR NOT so."sensitive")
        LIMIT ${CANDIDATES}::int
      )
      SELECT m."id", (SELECT count(*) FROM m) AS "found", count(*) OVER () AS "total"
      FROM m JOIN "Claim" c ON c."id" = m."claimId"
      WHERE c."removedAt" IS NULL
      ORDER BY ts_rank(m."document", to_tsquery('simple', ${query})) DESC, m."updatedAt" DESC
      LIMIT ${limit}::int`;
    return { ...totalOf(rows), ids: rows.map((r) => r.id) };
  },

  async comments(terms, limit) {
    const query = toTsQuery(terms);
    const rows = await db.$queryRaw<RankedRow[]>`
      WITH m AS MATERIALIZED (
        SELECT s."id", s."document" FROM "search_comment" s
        WHERE s."document" @@ to_tsquery('simple', ${query})
        LIMIT ${CANDIDATES}::int
      )
      SELECT cm."id", (SELECT count(*) FROM m) AS "found", count(*) OVER () AS "total"
      FROM m JOIN "Comment" cm ON cm."id" = m."id" JOIN "Claim" c ON c."id" = cm."claimId"
      WHERE c."removedAt" IS NULL
      ORDER BY ts_rank(m."document", to_tsquery('simple', ${query})) DESC, cm."createdAt" DESC
      LIMIT ${limit}::int`;
    return { ...totalOf(rows), ids: rows.map((r) => r.id) };
  },
};
