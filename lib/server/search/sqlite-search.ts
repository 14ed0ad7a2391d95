import "server-only";
// Search on SQLite: FTS5 tables keyed by the rowid of the row they index (migration
// `search`), ranked by bm25 with the first column weighted most.
import { db } from "@/lib/db";
import { toFts5Query } from "@/lib/domain/search/terms";
import {
  EXCERPT_BEFORE,
  EXCERPT_LENGTH,
  excerptNeedle,
  type SearchEngine,
} from "@/lib/server/search/search-engine";

type IdRow = { id: string };
type CountRow = { total: number | bigint };

const count = (rows: CountRow[]) => Number(rows[0]?.total ?? 0);

export const sqliteSearch: SearchEngine = {
  async articles(terms, limit) {
    const match = toFts5Query(terms);
    const needle = excerptNeedle(terms);
    const [rows, total] = await Promise.all([
      db.$queryRaw<(IdRow & { excerpt: string; start: number | bigint; length: number | bigint })[]>`
        SELECT a."id" AS "id",
               substr(s."body", max(1, instr(lower(s."body"), ${needle}) - ${EXCERPT_BEFORE}), ${EXCERPT_LENGTH}) AS "excerpt",
               max(1, instr(lower(s."body"), ${needle}) - ${EXCERPT_BEFORE}) AS "start",
               length(s."body") AS "length"
        FROM "search_article" s JOIN "Article" a ON a."rowid" = s."rowid"
        WHERE "search_article" MATCH ${match}
        ORDER BY bm25("search_article", 5.0, 1.0), a."updatedAt" DESC
        LIMIT ${limit}`,
      db.$queryRaw<CountRow[]>`
        SELECT count(*) AS "total"
        FROM "search_article" s JOIN "Article" a ON a."rowid" = s."rowid"
        WHERE "search_article" MATCH ${match}`,
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
    const match = toFts5Query(terms);
    const [rows, total] = await Promise.all([
      db.$queryRaw<IdRow[]>`
        SELECT c."id" AS "id"
        FROM "search_claim" s JOIN "Claim" c ON c."rowid" = s."rowid"
        WHERE "search_claim" MATCH ${match} AND c."removedAt" IS NULL
        ORDER BY bm25("search_claim", 4.0, 1.0, 1.0), c."updatedAt" DESC
        LIMIT ${limit}`,
      db.$queryRaw<CountRow[]>`
        SELECT count(*) AS "total"
        FROM "search_claim" s JOIN "Claim" c ON c."rowid" = s."rowid"
        WHERE "search_claim" MATCH ${match} AND c."removedAt" IS NULL`,
    ]);
    return { total: count(total), ids: rows.map((r) => r.id) };
  },

  async sources(terms, limit, includeSensitive) {
    const match = toFts5Query(terms);
    const [rows, total] = await Promise.all([
      db.$queryRaw<IdRow[]>`
        SELECT so."id" AS "id"
        FROM "search_source" s JOIN "Source" so ON so."rowid" = s."rowid"
          JOIN "Claim" c ON c."id" = so."claimId"
        WHERE "search_source" MATCH ${match} AND c."removedAt" IS NULL
          AND (${includeSensitive} OR so."sensitive" = false)
        ORDER BY bm25("search_source", 3.0, 3.0, 1.0, 1.0), so."updatedAt" DESC
        LIMIT ${limit}`,
      db.$queryRaw<CountRow[]>`
        SELECT count(*) AS "total"
        FROM "search_source" s JOIN "Source" so ON so."rowid" = s."rowid"
          JOIN "Claim" c ON c."id" = so."claimId"
        WHERE "search_source" MATCH ${match} AND c."removedAt" IS NULL
          AND (${includeSensitive} OR so."sensitive" = false)`,
    ]);
    return { total: count(total), ids: rows.map((r) => r.id) };
  },

  async comments(terms, limit) {
    const match = toFts5Query(terms);
    const [rows, total] = await Promise.all([
      db.$queryRaw<IdRow[]>`
        SELECT m."id" AS "id"
        FROM "search_comment" s JOIN "Comment" m ON m."rowid" = s."rowid"
          JOIN "Claim" c ON c."id" = m."claimId"
        WHERE "search_comment" MATCH ${match} AND c."removedAt" IS NULL
        ORDER BY bm25("search_comment", 2.0, 1.0), m."createdAt" DESC
        LIMIT ${limit}`,
      db.$queryRaw<CountRow[]>`
        SELECT count(*) AS "total"
        FROM "search_comment" s JOIN "Comment" m ON m."rowid" = s."rowid"
          JOIN "Claim" c ON c."id" = m."claimId"
        WHERE "search_comment" MATCH ${match} AND c."removedAt" IS NULL`,
    ]);
    return { total: count(total), ids: rows.map((r) => r.id) };
  },
};
