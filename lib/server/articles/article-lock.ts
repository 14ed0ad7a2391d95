import "server-only";
import { getDbProvider, type Tx } from "@/lib/db";

// Every write to an article (its text, its claims' workflow, its clearance) runs in a
// transaction that first takes the article's lock, and decides only from what it reads
// after that. Two such writes therefore never interleave, on one process or several.
//
// PostgreSQL: a row lock on the article. SQLite: one writer per database; a write as the
// first statement takes the write lock before anything is read, so no transaction decides
// from a snapshot another process has since replaced.

/** Takes the article's lock; false when there is no such article. */
export async function lockArticle(tx: Tx, articleId: string): Promise<boolean> {
  if (getDbProvider() === "postgresql") {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    return rows.length === 1;
  }
  const count = await tx.$executeRaw`UPDATE "Article" SET "version" = "version" WHERE "id" = ${articleId}`;
  return count === 1;
}

/** Takes the lock of the article a claim belongs to; its id, or null when there is no such claim. */
export async function lockArticleOfClaim(tx: Tx, claimId: string): Promise<string | null> {
  if (getDbProvider() === "postgresql") {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT a."id" FROM "Article" a JOIN "Claim" c ON c."articleId" = a."id"
      WHERE c."id" = ${claimId} FOR UPDATE OF a`;
    return rows[0]?.id ?? null;
  }
  await tx.$executeRaw`UPDATE "Article" SET "version" = "version"
    WHERE "id" = (SELECT "articleId" FROM "Claim" WHERE "id" = ${claimId})`;
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { articleId: true } });
  return claim?.articleId ?? null;
}

/** Takes the lock of the article a source's claim belongs to (before the source is read). */
export async function lockArticleOfSource(tx: Tx, sourceId: string): Promise<void> {
  if (getDbProvider() === "postgresql") {
    await tx.$queryRaw`
      SELECT a."id" FROM "Article" a
      JOIN "Claim" c ON c."articleId" = a."id" JOIN "Source" s ON s."claimId" = c."id"
      WHERE s."id" = ${sourceId} FOR UPDATE OF a`;
    return;
  }
  await tx.$executeRaw`UPDATE "Article" SET "version" = "version" WHERE "id" = (
    SELECT c."articleId" FROM "Claim" c JOIN "Source" s ON s."claimId" = c."id" WHERE s."id" = ${sourceId})`;
}
