-- AlterTable
ALTER TABLE "Article" ADD COLUMN "firstClearedAt" DATETIME;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN "correctionNote" TEXT;

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "publishedAt" DATETIME,
    CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Correction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Correction_articleId_createdAt_idx" ON "Correction"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_claimId_kind_publishedAt_idx" ON "Correction"("claimId", "kind", "publishedAt");

-- Hand-written: articles cleared before corrections existed start their log at their
-- first clearance (from the audit trail; the last change when the trail does not say).
UPDATE "Article" SET "firstClearedAt" = (
    SELECT MIN(e."at") FROM "AuditEvent" e
    WHERE e."articleId" = "Article"."id" AND e."action" = 'article.status_changed'
      AND json_extract(e."after", '$.status') = 'CLEARED'
) WHERE "firstClearedAt" IS NULL;
UPDATE "Article" SET "firstClearedAt" = "updatedAt" WHERE "firstClearedAt" IS NULL AND "status" = 'CLEARED';

-- Hand-written: a published correction is part of the public record and never changes.
CREATE TRIGGER "Correction_published_no_update" BEFORE UPDATE ON "Correction"
WHEN OLD."publishedAt" IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'published corrections cannot be changed');
END;

CREATE TRIGGER "Correction_published_no_delete" BEFORE DELETE ON "Correction"
WHEN OLD."publishedAt" IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'published corrections cannot be changed');
END;
