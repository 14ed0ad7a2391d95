-- DropIndex
DROP INDEX "AuditEvent_at_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_at_seq_idx" ON "AuditEvent"("at", "seq");
