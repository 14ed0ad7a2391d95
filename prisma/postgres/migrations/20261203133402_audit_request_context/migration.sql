-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "context" JSONB;
