import "server-only";
import { getDbProvider, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Every write to an article (its text, its claims' workflow, its clearance) runs in a
// transaction that first takes the article's lock, and decides only from what it reads
// after that. Two such writes therefore never interleave, on one process or several.
//
// PostgreSQL: a row lock on the article. SQLite: one writer per database; a write as the
// first statement takes the write lock before anything is read, so no transaction decides
// from a snapshot another process has since replaced.
//
// A spiked (archived) article is read-only for everyone: once its lock is held, every
// write but spiking and restoring is refused with 409 `article_spiked`, so a write racing
// a spike either lands before it or is refused after it.

export interface LockOptions {
  /** Spiking, restoring and the system's closing of edit bursts act on spiked articles. */
  allowSpiked?: boolean;
}

/** Takes the article's lock; false when there is no such article. */
export async function lockArticle(tx: Tx, articleId: string, options: LockOptions = {}): Promise<boolean> {
  if (getDbProvider() === "postgresql") {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    if (rows.length !== 1) return false;
  } else {
    const count = await tx.$executeRaw`UPDATE "Article" SET "version" = "version" WHERE "id" = ${articleId}`;
    if (count !== 1) return false;
  }
  if (!options.allowSpiked) await assertNotSpiked(tx, articleId);
  return true;
}

/** Refuses a write to a spiked article (call with the article's lock held). */
export async function assertNotSpiked(tx: Pick<Tx, "article">, articleId: string): Promise<void> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { archivedAt: true } });
  if (article?.archivedAt) throw spikedError();
}

export function spikedError(): AppError {
  return new AppError(
    "article_spiked",
    "This article is spiked, so it is read-only. An editor or manager can restore it.",
  );
}

/** Takes the lock of the article a claim belongs to; its id, or null when there is no such claim. */
export async function lockArticleOfClaim(tx: Tx, claimId: string): Promise<string | null> {
  if (getDbProvider() === "postgresql") {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT a."id" FROM "Article" a JOIN "Claim" c ON c."articleId" = a."id"
      WHERE c."id" = ${claimId} FOR UPDATE OF a`;
    const articleId = rows[0]?.id ?? null;
    if (articleId) await assertNotSpiked(tx, articleId);
    return articleId;
  }
  await tx.$executeRaw`UPDATE "Article" SET "version" = "version"
    WHERE "id" = (SELECT "articleId" FROM "Claim" WHERE "id" = ${claimId})`;
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: { articleId: true, article: { select: { archivedAt: true } } },
  });
  if (claim?.article.archivedAt) throw spikedError();
  return claim?.articleId ?? null;
}

/** Takes the lock of the article a source's claim belongs to (before the source is read). */
export async function lockArticleOfSource(tx: Tx, sourceId: string): Promise<void> {
  if (getDbProvider() === "postgresql") {
    await tx.$queryRaw`
      SELECT a."id" FROM "Article" a
      JOIN "Claim" c ON c."articleId" = a."id" JOIN "Source" s ON s."claimId" = c."id"
      WHERE s."id" = ${sourceId} FOR UPDATE OF a`;
  } else {
    await tx.$executeRaw`UPDATE "Article" SET "version" = "version" WHERE "id" = (
      SELECT c."articleId" FROM "Claim" c JOIN "Source" s ON s."claimId" = c."id" WHERE s."id" = ${sourceId})`;
  }
  const source = await tx.source.findUnique({
    where: { id: sourceId },
    select: { claim: { select: { article: { select: { archivedAt: true } } } } },
  });
  if (source?.claim.article.archivedAt) throw spikedError();
}
