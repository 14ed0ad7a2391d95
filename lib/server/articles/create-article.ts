import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ImportNotice } from "@/lib/domain/import/import-notices";
import { parseInput } from "@/lib/validation/issues";
import { ZCreateArticleInput, type CreateArticleInput } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { getArticle, type ArticleDetail } from "@/lib/server/articles/get-article";
import { convertImport } from "@/lib/server/import/convert-import";

export type CreatedArticle = ArticleDetail & {
  /** What the import dropped or reshaped (none for plain text); the form shows them. */
  importNotices: ImportNotice[];
};

/**
 * Creates an article from pasted or uploaded text: plain text, Markdown, HTML (a file or a
 * paste from Word or Google Docs) or a Word .docx file, cleaned to the article schema.
 */
export async function createArticle(rawInput: CreateArticleInput, actor: Actor): Promise<CreatedArticle> {
  const input = parseInput(ZCreateArticleInput, rawInput);
  assertAllowed(actor, "article.create");
  const imported = await convertImport(input);
  const doc = imported.doc;
  const title = input.title || imported.title;
  if (!title)
    throw new AppError("validation", "Give the article a title.", {
      issues: [{ path: "title", message: "Give the article a title." }],
    });
  // Where the text came from, when it was a file or formatted paste, and what it lost.
  const origin =
    !input.fileName && (input.format === "txt" || input.format === "md")
      ? {}
      : {
          imported: {
            format: input.format,
            ...(input.fileName ? { fileName: input.fileName } : {}),
            dropped: imported.notices.map((n) => n.message),
          },
        };
  const id = await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: { title, doc: doc, createdById: actor.id, updatedById: actor.id },
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
        after: { title, version: article.version, ...origin },
      },
    ]);
    return article.id;
  });
  return { ...(await getArticle(id, actor)), importNotices: imported.notices };
}
