-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "articleId" TEXT,
    "claimId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "prevHash" TEXT NOT NULL DEFAULT '',
    "hash" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AuditEvent" ("action", "actorId", "after", "articleId", "at", "before", "claimId", "id", "reason", "seq") SELECT "action", "actorId", "after", "articleId", "at", "before", "claimId", "id", "reason", "seq" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");
CREATE INDEX "AuditEvent_articleId_seq_idx" ON "AuditEvent"("articleId", "seq");
CREATE INDEX "AuditEvent_claimId_seq_idx" ON "AuditEvent"("claimId", "seq");
CREATE INDEX "AuditEvent_actorId_seq_idx" ON "AuditEvent"("actorId", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Hand-written: the audit trail is append-only (README, "Audit trail").
-- DELETE is refused; UPDATE is refused except the one-time sealing of a legacy row
-- (hash '' -> non-empty, only prevHash/hash change); INSERT needs a hash.
-- A later migration that redefines this table must re-create these triggers.
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
WHEN NOT (
    OLD."hash" = '' AND NEW."hash" <> ''
    AND NEW."id" IS OLD."id" AND NEW."seq" IS OLD."seq" AND NEW."at" IS OLD."at"
    AND NEW."actorId" IS OLD."actorId" AND NEW."action" IS OLD."action"
    AND NEW."articleId" IS OLD."articleId" AND NEW."claimId" IS OLD."claimId"
    AND NEW."before" IS OLD."before" AND NEW."after" IS OLD."after"
    AND NEW."reason" IS OLD."reason"
)
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER "AuditEvent_hash_required" BEFORE INSERT ON "AuditEvent"
WHEN NEW."hash" = ''
BEGIN
    SELECT RAISE(ABORT, 'audit events must be inserted with their hash');
END;
