import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { ArticleStatus, ClaimStatus } from "@/lib/generated/sqlite/client";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { parseInput } from "@/lib/validation/issues";
import {
  ZArticleListQuery,
  type ArticleListQuery,
  type ArticleListQueryInput,
  type ArticleSortKey,
} from "@/lib/validation/article-list";
import {
  decodeArticleCursor,
  encodeArticleCursor,
  type SortKeyValue,
} from "@/lib/server/articles/article-cursor";
import { findArticleTagNames } from "@/lib/server/tags/article-tag-names";

export interface ArticleSummary {
  id: string;
  title: string;
  status: ArticleStatus;
  version: number;
  claimCount: number;
  orphanedCount: number;
  claimsByStatus: Partial<Record<ClaimStatus, number>>;
  updatedAt: string;
  updatedBy: { id: string; name: string };
  /** Set while the article is spiked. */
  archivedAt: string | null;
  archivedBy: { id: string; name: string } | null;
  /** Its tags, alphabetical. */
  tags: string[];
}

export interface ArticlePage {
  articles: ArticleSummary[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
  /** Pass as `before` for the previous page; null on the first one. */
  prevCursor: string | null;
}

/** The desk's first page as it opens: live articles, most recently changed first. */
export async function listArticles(actor: Actor): Promise<ArticleSummary[]> {
  return (await listArticlePage({}, actor)).articles;
}

/**
 * The desk: articles filtered by title words, status, assignee, tags and date of last change,
 * sorted by any column, a page at a time. Keyset paging on (sort key, id): rows that tie
 * on the key are ordered by id, so no row is skipped or repeated across pages.
 */
export async function listArticlePage(rawQuery: ArticleListQueryInput, actor: Actor): Promise<ArticlePage> {
  assertAllowed(actor, "article.view");
  const query = parseInput(ZArticleListQuery, rawQuery);
  const descending = query.sort.startsWith("-");
  const key = (descending ? query.sort.slice(1) : query.sort) as ArticleSortKey;
  const after = query.cursor ? decodeArticleCursor(query.cursor, query.sort, key) : null;
  const before = query.before ? decodeArticleCursor(query.before, query.sort, key, "before") : null;
  // Paging backwards scans the other way from the bound, then puts the rows back in order.
  const scanDescending = before ? !descending : descending;
  const bound = after ?? before;
  const direction = Prisma.raw(scanDescending ? "DESC" : "ASC");

  const rows = await db.$queryRaw<{ id: string; k: unknown }[]>`
    SELECT t."id", t."k" FROM (
      SELECT a."id" AS "id", ${sortExpression(key)} AS "k" FROM "Article" a WHERE ${whereOf(query)}
    ) t
    ${bound ? Prisma.sql`WHERE (t."k", t."id") ${Prisma.raw(scanDescending ? "<" : ">")} (${cursorParam(key, bound.key)}, ${bound.id})` : Prisma.empty}
    ORDER BY t."k" ${direction}, t."id" ${direction}
    LIMIT ${query.limit + 1}`;

  const more = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  if (before) page.reverse();
  const cursorOf = (row: { id: string; k: unknown } | undefined) =>
    row ? encodeArticleCursor(query.sort, keyValue(key, row.k), row.id) : null;
  const nextCursor = before
    ? (cursorOf(page.at(-1)) ?? query.before ?? null)
    : more
      ? cursorOf(page.at(-1))
      : null;
  const prevCursor = before ? (more ? cursorOf(page[0]) : null) : after ? cursorOf(page[0]) : null;
  return { articles: await summarize(page.map((r) => r.id)), nextCursor, prevCursor };
}

/** The sort key as SQL both engines evaluate alike. */
function sortExpression(key: ArticleSortKey): Prisma.Sql {
  switch (key) {
    case "title":
      return Prisma.sql`LOWER(a."title")`;
    case "status":
      // Workflow order, not the enum's spelling (SQLite stores text, PostgreSQL an enum).
      return Prisma.sql`(CASE CAST(a."status" AS TEXT) WHEN 'DRAFT' THEN 0 WHEN 'IN_CHECK' THEN 1 ELSE 2 END)`;
    case "claims":
      return Prisma.sql`(SELECT CAST(COUNT(*) AS INTEGER) FROM "Claim" c WHERE c."articleId" = a."id" AND c."removedAt" IS NULL)`;
    case "updated":
      return Prisma.sql`a."updatedAt"`;
  }
}

function cursorParam(key: ArticleSortKey, value: SortKeyValue): unknown {
  return key === "updated" ? new Date(value) : value;
}

/** A row's sort key as the cursor carries it. */
function keyValue(key: ArticleSortKey, k: unknown): SortKeyValue {
  if (key === "updated") return new Date(k as string | Date).toISOString();
  if (key === "title") return String(k);
  return Number(k);
}

function whereOf(query: ArticleListQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [
    query.archived ? Prisma.sql`a."archivedAt" IS NOT NULL` : Prisma.sql`a."archivedAt" IS NULL`,
  ];
  if (query.q) {
    const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(Prisma.sql`LOWER(a."title") LIKE ${pattern} ESCAPE '\\'`);
  }
  if (query.status.length > 0)
    conditions.push(Prisma.sql`CAST(a."status" AS TEXT) IN (${Prisma.join(query.status)})`);
  if (query.assigneeId)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c
      WHERE c."articleId" = a."id" AND c."assigneeId" = ${query.assigneeId} AND c."removedAt" IS NULL)`);
  // Every tag asked for, whichever spelling (the key is what makes spellings one tag).
  for (const tag of query.tag)
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" atg JOIN "Tag" t ON t."id" = atg."tagId"
      WHERE atg."articleId" = a."id" AND t."key" = ${tag.key})`);
  if (query.fromDate) conditions.push(Prisma.sql`a."updatedAt" >= ${query.fromDate}`);
  if (query.toDate) conditions.push(Prisma.sql`a."updatedAt" <= ${query.toDate}`);
  return Prisma.join(conditions, " AND ");
}

/** The page's rows, in the page's order, with their claims counted. */
async function summarize(ids: string[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const [articles, counts, tags] = await Promise.all([
    db.article.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        title: true,
        status: true,
        version: true,
        updatedAt: true,
        archivedAt: true,
        updatedBy: { select: { id: true, name: true } },
        archivedBy: { select: { id: true, name: true } },
      },
    }),
    db.claim.groupBy({
      by: ["articleId", "status", "orphaned"],
      where: { removedAt: null, articleId: { in: ids } },
      _count: { _all: true },
    }),
    findArticleTagNames(ids),
  ]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const byArticle = new Map<string, typeof counts>();
  for (const row of counts) byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row]);
  return ids.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    const mine = byArticle.get(id) ?? [];
    const claimsByStatus: Partial<Record<ClaimStatus, number>> = {};
    for (const c of mine) claimsByStatus[c.status] = (claimsByStatus[c.status] ?? 0) + c._count._all;
    return [
      {
        ...article,
        updatedAt: article.updatedAt.toISOString(),
        archivedAt: article.archivedAt?.toISOString() ?? null,
        claimCount: mine.reduce((sum, c) => sum + c._count._all, 0),
        orphanedCount: mine.filter((c) => c.orphaned).reduce((sum, c) => sum + c._count._all, 0),
        claimsByStatus,
        tags: tags.get(id) ?? [],
      },
    ];
  });
}
