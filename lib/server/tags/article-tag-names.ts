import "server-only";
import { db } from "@/lib/db";
import { findInChunks } from "@/lib/db/chunk";
import { sortTagNames } from "@/lib/domain/tags/tag-name";

/** The tag names of each article, alphabetical (an article without tags maps to []). */
export async function findArticleTagNames(articleIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await findInChunks(articleIds, (part) =>
    db.articleTag.findMany({
      where: { articleId: { in: part } },
      select: { articleId: true, tag: { select: { name: true } } },
    }),
  );
  const byArticle = new Map<string, string[]>(articleIds.map((id) => [id, []]));
  for (const row of rows) byArticle.get(row.articleId)?.push(row.tag.name);
  for (const [id, names] of byArticle) byArticle.set(id, sortTagNames(names));
  return byArticle;
}
