import "server-only";
// Search on PostgreSQL: tsvector tables under GIN indexes (migration `search`, 'simple'
// configuration), ranked by ts_rank with the title or quote weighted most.
import { db } from "@/lib/db";
import { toTsQuery } from "@/lib/domain/search/terms";
import {
  EXCERPT_BEFORE,
  EXCERPT_LENGTH,
  excerptNeedle,
  type SearchEngine,
} from "@/lib/server/search/search-engine";

type IdRow = { id: string };
type CountRow = { total: number | bigint };

const count = (rows: CountRow[]) => Number(rows[0]?.total ?? 0);

export const postgresSearch: SearchEngine = {
  async articles(terms, limit) {
    const query = toTsQuery(terms);
    const needle = excerptNeedle(terms);
    const [rows, total] = await Promise.all([
      db.$queryRaw<(IdRow & { excerpt: string; start: number; length: number })[]>`
        SELECT a."id",
               substr(s."body", greatest(1, strpos(lower(s."body"), ${needle}) - ${EXCERPT_BEFORE}::int), ${EXCERPT_LENGTH}::int) AS "excerpt",
               greatest(1, strpos(lower(s."body"), ${needle}) - ${EXCERPT_BEFORE}::int) AS "start",
               length(s."body") AS "length"
        FROM "search_article" s JOIN "Article" a ON a."id" = s."id"
        WHERE s."document" @@ to_tsquery('simple', ${query})
        ORDER BY ts_rank(s."document", to_tsquery('simple', ${query})) DESC, a."updatedAt" DESC
        LIMIT ${limit}::int`,
      db.$queryRaw<CountRow[]>`
        SELECT count(*)::int AS "total"
        FROM "search_article" s JOIN "Article" a ON a."id" = s."id"
        WHERE s."document" @@ to_tsquery('simple', ${query})`,
    ]);
    return {
      total: count(total),
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
    const [rows, total] = await Promise.all([
      db.$queryRaw<IdRow[]>`
        SELECT c."id"
        FROM "search_claim" s JOIN "Claim" c ON c."id" = s."id"
        WHERE s."document" @@ to_tsquery('simple', ${query}) AND c."removedAt" IS NULL
        ORDER BY ts_rank(s."document", to_tsquery('simple', ${query})) DESC, c."updatedAt" DESC
        LIMIT ${limit}::int`,
      db.$queryRaw<CountRow[]>`
        SELECT count(*)::int AS "total"
        FROM "search_claim" s JOIN "Claim" c ON c."id" = s."id"
        WHERE s."document" @@ to_tsquery('simple', ${query}) AND c."removedAt" IS NULL`,
    ]);
    return { total: count(total), ids: rows.map((r) => r.id) };
  },

  async sources(terms, limit, includeSensitive) {
    const query = toTsQuery(terms);
    const [rows, total] = await Promise.all([
      db.$queryRaw<IdRow[]>`
        SELECT so."id"
        FROM "search_source" s JOIN "Source" so ON so."id" = s."id" JOIN "Claim" c ON c."id" = so."claimId"
        WHERE s."document" @@ to_tsquery('simple', ${query}) AND c."removedAt" IS NULL
          AND (${includeSensitive}::boolean OR NOT so."sensitive")
        ORDER BY ts_rank(s."document", to_tsquery('simple', ${query})) DESC, so."updatedAt" DESC
        LIMIT ${limit}::int`,
      db.$queryRaw<CountRow[]>`
        SELECT count(*)::int AS "total"
        FROM "search_source" s JOIN "Source" so ON so."id" = s."id" JOIN "Claim" c ON c."id" = so."claimId"
        WHERE s."document" @@ to_tsquery('simple', ${query}) AND c."removedAt" IS NULL
          AND (${includeSensitive}::boolean OR NOT so."sensitive")`,
    ]);
    return { total: count(total), ids: rows.map((r) => r.id) };
  },

  async comments(terms, limit) {
    const query = toTsQuery(terms);
    const [rows, total] = await Promise.all([
      db.$queryRaw<IdRow[]>`
        SELECT m."id"
        FROM "search_comment" s JOIN "Comment" m ON m."id" = s."id" JOIN "Claim" c ON c."id" = m."claimId"
        WHERE s."document" @@ to_tsquery('simple', ${query}) AND c."removedAt" IS NULL
        ORDER BY ts_rank(s."document", to_tsquery('simple', ${query})) DESC, m."createdAt" DESC
        LIMIT ${limit}::int`,
      db.$queryRaw<CountRow[]>`
        SELECT count(*)::int AS "total"
        FROM "search_comment" s JOIN "Comment" m ON m."id" = s."id" JOIN "Claim" c ON c."id" = m."claimId"
        WHERE s."document" @@ to_tsquery('simple', ${query}) AND c."removedAt" IS NULL`,
    ]);
    return { total: count(total), ids: rows.map((r) => r.id) };
  },
};
