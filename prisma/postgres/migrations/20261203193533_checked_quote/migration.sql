-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "checkedQuote" TEXT;

-- Backfill: a verified claim's approved verdict checked its current words (a verified claim
-- whose words changed was reopened). Claims reopened before this migration keep null: the
-- words their old verdict checked were not recorded, so no staleness is claimed for them.
UPDATE "Claim" SET "checkedQuote" = "quote"
WHERE "status" = 'VERIFIED'
  AND EXISTS (SELECT 1 FROM "Verdict" v WHERE v."claimId" = "Claim"."id" AND v."state" = 'APPROVED');
