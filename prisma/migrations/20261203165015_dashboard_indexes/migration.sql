-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_removedAt_status_dueAt_assigneeId_idx" ON "Claim"("removedAt", "status", "dueAt", "assigneeId");

-- CreateIndex
CREATE INDEX "Verdict_state_decidedAt_idx" ON "Verdict"("state", "decidedAt");
