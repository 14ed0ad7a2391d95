import "server-only";
import { getDbProvider, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { GENESIS_HASH, hashEvent } from "@/lib/server/audit/hash-event";
import { lockAuditTrail, sealLegacyEventsInTx } from "@/lib/server/audit/seal-legacy-events";
import { currentRequestContext } from "@/lib/server/http/request-context";

export type AuditAction =
  | "article.created"
  | "article.saved"
  | "article.edited"
  | "article.status_changed"
  | "article.archived"
  | "article.restored"
  | "article.tagged"
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
  | "verdict.reconfirmed"
  | "source.added"
  | "source.edited"
  | "source.removed"
  | "comment.added"
  | "correction.recorded"
  | "correction.updated"
  | "correction.withdrawn"
  | "user.created"
  | "user.role_changed"
  | "user.disabled"
  | "user.enabled"
  | "user.password_changed"
  | "user.password_reset"
  | "rating.created"
  | "rating.updated"
  | "rating.retired"
  | "rating.restored"
  | "ratings.reordered"
  | "setting.changed"
  | "auth.signed_in"
  | "auth.sign_in_failed";

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

/**
 * Appends events inside the caller's transaction, so they commit or roll back with the
 * change they describe. Sequence numbers are gap-free: appends are serialised (an
 * advisory lock on PostgreSQL; SQLite serialises write transactions itself). Each event
 * is chained to the one before it: prevHash = that event's hash, hash = hashEvent(...)
 * (README, "Audit trail").
 */
export async function appendAuditEvents(tx: Tx, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await lockAuditTrail(tx, getDbProvider());
  let last = await tx.auditEvent.findFirst({
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true, at: true },
  });
  if (last && last.hash === "") {
    // Legacy events not sealed yet (migrations applied without the db scripts): seal them
    // first so that the chain stays unbroken.
    await sealLegacyEventsInTx(tx);
    last = await tx.auditEvent.findFirst({
      orderBy: { seq: "desc" },
      select: { seq: true, hash: true, at: true },
    });
  }
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash || GENESIS_HASH;
  // Never earlier than the event before: `at` grows with `seq` even if a clock steps back
  // (or another server's runs behind), so a time range is a seq range (list-audit-events).
  const at = new Date(Math.max(Date.now(), last?.at.getTime() ?? 0));
  // The request the change came from (id, address, browser), set by the request pipeline.
  const request = currentRequestContext();
  const context = request
    ? { requestId: request.requestId, ip: request.ip, userAgent: request.userAgent }
    : undefined;
  const data = events.map((event) => {
    // Stored exactly as hashed: plain JSON (Dates as ISO strings, undefined dropped).
    const row = {
      ...event,
      context,
      before: toPlainJson(event.before),
      after: toPlainJson(event.after),
      seq: ++seq,
      at,
      prevHash,
    };
    const hash = hashEvent(row, prevHash);
    prevHash = hash;
    return { ...row, hash };
  });
  await tx.auditEvent.createMany({ data });
}

function toPlainJson(value: Prisma.InputJsonValue | undefined): Prisma.InputJsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}
