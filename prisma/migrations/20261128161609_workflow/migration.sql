-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL DEFAULT '',
    "excerpt" TEXT NOT NULL DEFAULT '',
    "accessedAt" DATETIME NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'OTHER',
    "reliability" TEXT NOT NULL DEFAULT 'UNKNOWN',
    "note" TEXT NOT NULL DEFAULT '',
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "ratingValue" INTEGER NOT NULL,
    "bestRating" INTEGER NOT NULL,
    "worstRating" INTEGER NOT NULL,
    "alternateName" TEXT NOT NULL,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "requiresSources" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Verdict_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Verdict_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerdictSource" (
    "verdictId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    PRIMARY KEY ("verdictId", "sourceId"),
    CONSTRAINT "VerdictSource_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerdictApproval" (
    "verdictId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("verdictId", "approverId"),
    CONSTRAINT "VerdictApproval_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VerdictApproval_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Comment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimId" TEXT,
    "actorId" TEXT,
    "message" TEXT NOT NULL,
    "readAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "orphaned" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "removedAt" DATETIME,
    "removedById" TEXT,
    "assigneeId" TEXT,
    "dueAt" DATETIME,
    "priority" TEXT NOT NULL DEFAULT 'NORMAL',
    "statusReason" TEXT,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_removedById_fkey" FOREIGN KEY ("removedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("articleId", "createdAt", "createdById", "end", "id", "orphaned", "prefix", "quote", "removedAt", "removedById", "start", "status", "suffix", "updatedAt") SELECT "articleId", "createdAt", "createdById", "end", "id", "orphaned", "prefix", "quote", "removedAt", "removedById", "start", "status", "suffix", "updatedAt" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");
CREATE INDEX "Claim_assigneeId_status_dueAt_idx" ON "Claim"("assigneeId", "status", "dueAt");
CREATE INDEX "Claim_status_idx" ON "Claim"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Source_claimId_idx" ON "Source"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_label_key" ON "Rating"("label");

-- CreateIndex
CREATE INDEX "Verdict_claimId_createdAt_idx" ON "Verdict"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "VerdictSource_sourceId_idx" ON "VerdictSource"("sourceId");

-- CreateIndex
CREATE INDEX "Comment_claimId_createdAt_idx" ON "Comment"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- The default verdict scale (managers can edit it). ratingValue on a 1 (worst) to 5 (best)
-- scale for schema.org ClaimReview; -1 marks a rating that is not on the numeric scale.
INSERT INTO "Rating" ("id", "label", "position", "ratingValue", "bestRating", "worstRating", "alternateName", "retired", "requiresSources", "createdAt", "updatedAt") VALUES
    ('7a1f0000-0000-4000-8000-000000000001', 'True', 1, 5, 5, 1, 'True', false, true, '2026-11-28T00:00:00.000+00:00', '2026-11-28T00:00:00.000+00:00'),
    ('7a1f0000-0000-4000-8000-000000000002', 'Mostly true', 2, 4, 5, 1, 'Mostly true', false, true, '2026-11-28T00:00:00.000+00:00', '2026-11-28T00:00:00.000+00:00'),
    ('7a1f0000-0000-4000-8000-000000000003', 'Mixed', 3, 3, 5, 1, 'Mixed', false, true, '2026-11-28T00:00:00.000+00:00', '2026-11-28T00:00:00.000+00:00'),
    ('7a1f0000-0000-4000-8000-000000000004', 'Mostly false', 4, 2, 5, 1, 'Mostly false', false, true, '2026-11-28T00:00:00.000+00:00', '2026-11-28T00:00:00.000+00:00'),
    ('7a1f0000-0000-4000-8000-000000000005', 'False', 5, 1, 5, 1, 'False', false, true, '2026-11-28T00:00:00.000+00:00', '2026-11-28T00:00:00.000+00:00'),
    ('7a1f0000-0000-4000-8000-000000000006', 'Misleading', 6, 2, 5, 1, 'Misleading', false, true, '2026-11-28T00:00:00.000+00:00', '2026-11-28T00:00:00.000+00:00'),
    ('7a1f0000-0000-4000-8000-000000000007', 'Unverifiable', 7, -1, 5, 1, 'Unverifiable', false, false, '2026-11-28T00:00:00.000+00:00', '2026-11-28T00:00:00.000+00:00');
