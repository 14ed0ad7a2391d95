import "server-only";
import { getDbProvider, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";

export type AuditAction =
  | "article.created"
  | "article.saved"
  | "article.status_changed"
  | "claim.created"
  | "claim.text_changed"
  | "claim.orphaned"
  | "claim.reattached"
  | "claim.removed"
  | "claim.assigned"
  | "claim.status_changed"
  | "verdict.proposed"
  | "verdict.approved"
  | "verdict.sent_back"
  | "source.added"
  | "source.edited"
  | "source.removed"
  | "comment.added"
  | "user.created"
  | "user.role_changed"
  | "user.disabled"
  | "user.enabled"
  | "rating.created"
  | "rating.updated"
  | "rating.retired"
  | "rating.restored"
  | "ratings.reordered"
  | "setting.changed";

export interface AuditEventInput {
  /** null when the system acts; `reason` then says why. */
  actorId: string | null;
  action: AuditAction;
  articleId?: string;
  claimId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  reason?: string;
}

// An arbitrary constant naming the audit-append lock on PostgreSQL.
const AUDIT_LOCK_KEY = 727_001;

/**
 * Appends events inside the caller's transaction, so they commit or roll back with the
 * change they describe. Sequence numbers are gap-free: appends are serialised (an
 * advisory lock on PostgreSQL; SQLite serialises write transactions itself).
 */
export async function appendAuditEvents(tx: Tx, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  if (getDbProvider() === "postgresql") {
    await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})::text`);
  }
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  let seq = last?.seq ?? 0;
  const at = new Date();
  await tx.auditEvent.createMany({
    data: events.map((event) => ({ ...event, seq: ++seq, at })),
  });
}
