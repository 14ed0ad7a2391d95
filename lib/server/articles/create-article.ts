import "server-only";
import { db } from "@/lib/db";
import { convertTextToDoc } from "@/lib/domain/document/text-to-doc";
import { parseInput } from "@/lib/validation/issues";
import { ZCreateArticleInput, type CreateArticleInput } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { getArticle, type ArticleDetail } from "@/lib/server/articles/get-article";

/** Creates an article from pasted or uploaded text (plain text or Markdown). */
export async function createArticle(rawInput: CreateArticleInput, actor: Actor): Promise<ArticleDetail> {
  const input = parseInput(ZCreateArticleInput, rawInput);
  assertAllowed(actor, "article.create");
  const doc = convertTextToDoc(input.text, { format: input.format });
  const id = await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: { title: input.title, doc: doc, createdById: actor.id, updatedById: actor.id },
      select: { id: true, version: true },
    });
    await tx.articleRevision.create({
      data: { articleId: article.id, version: article.version, doc: doc, authorId: actor.id },
    });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "article.created",
        articleId: article.id,
        after: { title: input.title, version: article.version },
      },
    ]);
    return article.id;
  });
  return getArticle(id, actor);
}
