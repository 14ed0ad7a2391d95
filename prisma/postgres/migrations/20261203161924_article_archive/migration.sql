-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "archivedById" TEXT;

-- CreateIndex
CREATE INDEX "Article_archivedAt_updatedAt_idx" ON "Article"("archivedAt", "updatedAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_archivedById_fkey" FOREIGN KEY ("archivedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
