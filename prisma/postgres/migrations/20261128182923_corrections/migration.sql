-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('TEXT', 'VERDICT');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "firstClearedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "correctionNote" TEXT;

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "kind" "CorrectionKind" NOT NULL,
    "note" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Correction_articleId_createdAt_idx" ON "Correction"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_claimId_kind_publishedAt_idx" ON "Correction"("claimId", "kind", "publishedAt");

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: articles cleared before corrections existed start their log at their
-- first clearance (from the audit trail; the last change when the trail does not say).
UPDATE "Article" SET "firstClearedAt" = (
    SELECT MIN(e."at") FROM "AuditEvent" e
    WHERE e."articleId" = "Article"."id" AND e."action" = 'article.status_changed'
      AND e."after"->>'status' = 'CLEARED'
) WHERE "firstClearedAt" IS NULL;
UPDATE "Article" SET "firstClearedAt" = "updatedAt" WHERE "firstClearedAt" IS NULL AND "status" = 'CLEARED';

-- Hand-written: a published correction is part of the public record and never changes.
CREATE OR REPLACE FUNCTION "correction_published_frozen"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD."publishedAt" IS NOT NULL THEN
        RAISE EXCEPTION 'published corrections cannot be changed';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Correction_published_frozen" BEFORE UPDATE OR DELETE ON "Correction"
    FOR EACH ROW EXECUTE FUNCTION "correction_published_frozen"();
