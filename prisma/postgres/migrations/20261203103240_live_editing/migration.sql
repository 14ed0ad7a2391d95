-- CreateTable
CREATE TABLE "ArticleStep" (
    "articleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "step" JSONB NOT NULL,
    "clientId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleStep_pkey" PRIMARY KEY ("articleId","version")
);

-- CreateTable
CREATE TABLE "EditBurst" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "toVersion" INTEGER NOT NULL,
    "steps" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EditBurst_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateTable
CREATE TABLE "CorrectionClaim" (
    "correctionId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,

    CONSTRAINT "CorrectionClaim_pkey" PRIMARY KEY ("correctionId","claimId")
);

-- CreateIndex
CREATE INDEX "EditBurst_lastAt_idx" ON "EditBurst"("lastAt");

-- CreateIndex
CREATE INDEX "CorrectionClaim_claimId_idx" ON "CorrectionClaim"("claimId");

-- AddForeignKey
ALTER TABLE "ArticleStep" ADD CONSTRAINT "ArticleStep_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleStep" ADD CONSTRAINT "ArticleStep_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditBurst" ADD CONSTRAINT "EditBurst_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionClaim" ADD CONSTRAINT "CorrectionClaim_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionClaim" ADD CONSTRAINT "CorrectionClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the step log is append-only (README, "Live co-editing"): the audit
-- trail's article.edited events hash these rows, so none may change or disappear.
CREATE OR REPLACE FUNCTION "article_step_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'article steps are append-only';
END;
$$;

CREATE TRIGGER "ArticleStep_append_only" BEFORE UPDATE OR DELETE ON "ArticleStep"
    FOR EACH ROW EXECUTE FUNCTION "article_step_append_only"();

CREATE TRIGGER "ArticleStep_no_truncate" BEFORE TRUNCATE ON "ArticleStep"
    FOR EACH STATEMENT EXECUTE FUNCTION "article_step_append_only"();
