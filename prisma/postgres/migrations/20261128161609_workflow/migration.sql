-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('PRIMARY_DOCUMENT', 'OFFICIAL_STATEMENT', 'NEWS_REPORT', 'EXPERT', 'DATASET', 'OTHER');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('HIGH', 'MEDIUM', 'LOW', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "VerdictState" AS ENUM ('PROPOSED', 'APPROVED', 'SENT_BACK', 'SUPERSEDED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "assigneeId" TEXT,
ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "priority" "Priority" NOT NULL DEFAULT 'NORMAL',
ADD COLUMN     "statusReason" TEXT;

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL DEFAULT '',
    "excerpt" TEXT NOT NULL DEFAULT '',
    "accessedAt" TIMESTAMP(3) NOT NULL,
    "kind" "SourceKind" NOT NULL DEFAULT 'OTHER',
    "reliability" "Reliability" NOT NULL DEFAULT 'UNKNOWN',
    "note" TEXT NOT NULL DEFAULT '',
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "ratingValue" INTEGER NOT NULL,
    "bestRating" INTEGER NOT NULL,
    "worstRating" INTEGER NOT NULL,
    "alternateName" TEXT NOT NULL,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "requiresSources" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "state" "VerdictState" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerdictSource" (
    "verdictId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "VerdictSource_pkey" PRIMARY KEY ("verdictId","sourceId")
);

-- CreateTable
CREATE TABLE "VerdictApproval" (
    "verdictId" TEXT NOT NULL,
    "approverId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerdictApproval_pkey" PRIMARY KEY ("verdictId","approverId")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "claimId" TEXT,
    "actorId" TEXT,
    "message" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

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

-- CreateIndex
CREATE INDEX "Claim_assigneeId_status_dueAt_idx" ON "Claim"("assigneeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Claim_status_idx" ON "Claim"("status");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictSource" ADD CONSTRAINT "VerdictSource_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictSource" ADD CONSTRAINT "VerdictSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictApproval" ADD CONSTRAINT "VerdictApproval_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictApproval" ADD CONSTRAINT "VerdictApproval_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The default verdict scale (managers can edit it). ratingValue on a 1 (worst) to 5 (best)
-- scale for schema.org ClaimReview; -1 marks a rating that is not on the numeric scale.
INSERT INTO "Rating" ("id", "label", "position", "ratingValue", "bestRating", "worstRating", "alternateName", "retired", "requiresSources", "createdAt", "updatedAt") VALUES
    ('7a1f0000-0000-4000-8000-000000000001', 'True', 1, 5, 5, 1, 'True', false, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('7a1f0000-0000-4000-8000-000000000002', 'Mostly true', 2, 4, 5, 1, 'Mostly true', false, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('7a1f0000-0000-4000-8000-000000000003', 'Mixed', 3, 3, 5, 1, 'Mixed', false, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('7a1f0000-0000-4000-8000-000000000004', 'Mostly false', 4, 2, 5, 1, 'Mostly false', false, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('7a1f0000-0000-4000-8000-000000000005', 'False', 5, 1, 5, 1, 'False', false, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('7a1f0000-0000-4000-8000-000000000006', 'Misleading', 6, 2, 5, 1, 'Misleading', false, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('7a1f0000-0000-4000-8000-000000000007', 'Unverifiable', 7, -1, 5, 1, 'Unverifiable', false, false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
