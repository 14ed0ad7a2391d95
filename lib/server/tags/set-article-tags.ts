import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { sortTagNames } from "@/lib/domain/tags/tag-name";
import { parseInput } from "@/lib/validation/issues";
import { ZSetArticleTagsInput, type SetArticleTagsInput } from "@/lib/validation/tags";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { lockArticle } from "@/lib/server/articles/article-lock";
import { findOrCreateTags } from "@/lib/server/tags/ensure-tags";

export interface ArticleTags {
  articleId: string;
  /** The article's tags after the change, alphabetical. */
  tags: string[];
}

/**
 * Replaces an article's tags with the given names (new names become tags; an empty list
 * removes them all). Under the article's lock, so two people's changes apply one after the
 * other and a spiked article is refused (409 `article_spiked`). One `article.tagged` event
 * names the tags before and after; a set equal to the current one changes and records nothing.
 */
export async function setArticleTags(
  articleId: string,
  rawInput: SetArticleTagsInput,
  actor: Actor,
): Promise<ArticleTags> {
  const input = parseInput(ZSetArticleTagsInput, rawInput);
  assertAllowed(actor, "article.tag");
  return db.$transaction(async (tx) => {
    if (!(await lockArticle(tx, articleId))) throw notFound("The article");
    const current = await tx.articleTag.findMany({
      where: { articleId },
      select: { tagId: true, tag: { select: { name: true, key: true } } },
    });
    const wanted = new Set(input.tags.map((t) => t.key));
    const had = new Set(current.map((c) => c.tag.key));
    const before = sortTagNames(current.map((c) => c.tag.name));
    const unchanged = wanted.size === had.size && [...wanted].every((k) => had.has(k));
    if (unchanged) return { articleId, tags: before };

    const removed = current.filter((c) => !wanted.has(c.tag.key)).map((c) => c.tagId);
    if (removed.length > 0) await tx.articleTag.deleteMany({ where: { articleId, tagId: { in: removed } } });
    const added = input.tags.filter((t) => !had.has(t.key));
    const ids = await findOrCreateTags(tx, added);
    await tx.articleTag.createMany({
      data: added.map((t) => {
        const tagId = ids.get(t.key);
        // Tags are never deleted, so a name inserted or found above is there.
        if (!tagId) throw new Error(`The tag "${t.name}" was not found after it was created.`);
        return { articleId, tagId };
      }),
    });
    // An existing tag keeps its first spelling: "kabul" typed later files under "Kabul".
    const after = sortTagNames(
      (
        await tx.articleTag.findMany({ where: { articleId }, select: { tag: { select: { name: true } } } })
      ).map((t) => t.tag.name),
    );
    await tx.article.update({ where: { id: articleId }, data: { updatedById: actor.id } });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "article.tagged",
        articleId,
        before: { tags: before },
        after: { tags: after },
      },
    ]);
    return { articleId, tags: after };
  });
}
