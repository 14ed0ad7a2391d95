import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import { tagKey } from "@/lib/domain/tags/tag-name";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { parseInput } from "@/lib/validation/issues";
import { ZTagListQuery, type TagListQueryInput } from "@/lib/validation/tags";

export interface TagUsage {
  name: string;
  /** Live (not spiked) articles carrying the tag. */
  count: number;
}

/**
 * The tags in use (on at least one article, spiked ones included), for the tag input's
 * suggestions and the desk's tag filter: names containing `q` in any case, those starting
 * with it first, then the most used, then alphabetical.
 */
export async function listTags(rawQuery: TagListQueryInput, actor: Actor): Promise<TagUsage[]> {
  assertAllowed(actor, "article.view");
  const query = parseInput(ZTagListQuery, rawQuery);
  const q = query.q ? tagKey(query.q.replace(/\s+/gu, " ").trim()) : "";
  const escaped = q.replace(/[\\%_]/g, "\\$&");
  const rows = await db.$queryRaw<{ name: string; count: unknown }[]>`
    SELECT t."name" AS "name",
      CAST(COUNT(a."id") AS INTEGER) AS "count"
    FROM "Tag" t
    JOIN "ArticleTag" atg ON atg."tagId" = t."id"
    LEFT JOIN "Article" a ON a."id" = atg."articleId" AND a."archivedAt" IS NULL
    ${q ? Prisma.sql`WHERE t."key" LIKE ${`%${escaped}%`} ESCAPE '\\'` : Prisma.empty}
    GROUP BY t."id", t."name", t."key"
    ORDER BY ${q ? Prisma.sql`(CASE WHEN t."key" LIKE ${`${escaped}%`} ESCAPE '\\' THEN 0 ELSE 1 END),` : Prisma.empty}
      "count" DESC, t."key" ASC
    LIMIT ${query.limit}`;
  return rows.map((r) => ({ name: r.name, count: Number(r.count) }));
}
