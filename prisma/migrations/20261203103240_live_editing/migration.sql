-- CreateTable
CREATE TABLE "ArticleStep" (
    "articleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "step" JSONB NOT NULL,
    "clientId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("articleId", "version"),
    CONSTRAINT "ArticleStep_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ArticleStep_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EditBurst" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "toVersion" INTEGER NOT NULL,
    "steps" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "lastAt" DATETIME NOT NULL,

    PRIMARY KEY ("articleId", "userId"),
    CONSTRAINT "EditBurst_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorrectionClaim" (
    "correctionId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,

    PRIMARY KEY ("correctionId", "claimId"),
    CONSTRAINT "CorrectionClaim_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CorrectionClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EditBurst_lastAt_idx" ON "EditBurst"("lastAt");

-- CreateIndex
CREATE INDEX "CorrectionClaim_claimId_idx" ON "CorrectionClaim"("claimId");

-- Hand-written: the step log is append-only (README, "Live co-editing"): the audit
-- trail's article.edited events hash these rows, so none may change or disappear.
CREATE TRIGGER "ArticleStep_no_update" BEFORE UPDATE ON "ArticleStep"
BEGIN
    SELECT RAISE(ABORT, 'article steps are append-only');
END;

CREATE TRIGGER "ArticleStep_no_delete" BEFORE DELETE ON "ArticleStep"
BEGIN
    SELECT RAISE(ABORT, 'article steps are append-only');
END;
