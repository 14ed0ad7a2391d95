-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "prevHash" TEXT NOT NULL DEFAULT '';

-- Hand-written: the audit trail is append-only (README, "Audit trail").
-- DELETE and TRUNCATE are refused; UPDATE is refused except the one-time sealing of a
-- legacy row (hash '' -> non-empty, only prevHash/hash change); INSERT needs a hash.
-- A later migration that adds a column to this table must extend the UPDATE check.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW."hash" = '' THEN
            RAISE EXCEPTION 'audit events must be inserted with their hash';
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE'
        AND OLD."hash" = '' AND NEW."hash" <> ''
        AND NEW."id" IS NOT DISTINCT FROM OLD."id"
        AND NEW."seq" IS NOT DISTINCT FROM OLD."seq"
        AND NEW."at" IS NOT DISTINCT FROM OLD."at"
        AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
        AND NEW."action" IS NOT DISTINCT FROM OLD."action"
        AND NEW."articleId" IS NOT DISTINCT FROM OLD."articleId"
        AND NEW."claimId" IS NOT DISTINCT FROM OLD."claimId"
        AND NEW."before" IS NOT DISTINCT FROM OLD."before"
        AND NEW."after" IS NOT DISTINCT FROM OLD."after"
        AND NEW."reason" IS NOT DISTINCT FROM OLD."reason"
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit events are append-only';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE INSERT OR UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
