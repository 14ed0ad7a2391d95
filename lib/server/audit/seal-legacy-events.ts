// Seals audit events written before the hash chain existed (hash ''): in seq order, each
// gets prevHash (the previous event's hash, GENESIS_HASH before event 1) and its hash.
// The append-only trigger allows exactly this one update per legacy row. Idempotent.
//
// Node-only (no "server-only" marker): `npm run db:migrate` runs it outside Next.
import { getDbProvider, type Db, type Tx } from "@/lib/db";
import { GENESIS_HASH, hashEvent } from "@/lib/server/audit/hash-event";

// An arbitrary constant naming the audit-append lock on PostgreSQL.
export const AUDIT_LOCK_KEY = 727_001;

const PAGE = 1000;

type Provider = "sqlite" | "postgresql";

/** Serialises audit appends (PostgreSQL; SQLite serialises write transactions itself). */
export async function lockAuditTrail(tx: Tx, provider: Provider): Promise<void> {
  if (provider === "postgresql") {
    await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})::text`);
  }
}

/**
 * Seals up to `limit` legacy events inside the caller's transaction, which must hold the
 * audit lock. Returns how many were sealed.
 */
export async function sealLegacyEventsInTx(tx: Tx, limit = Number.POSITIVE_INFINITY): Promise<number> {
  let sealed = 0;
  while (sealed < limit) {
    const page = await tx.auditEvent.findMany({
      where: { hash: "" },
      orderBy: { seq: "asc" },
      take: Math.min(PAGE, limit - sealed),
    });
    const first = page[0];
    if (!first) break;
    const previous = await tx.auditEvent.findFirst({
      where: { seq: { lt: first.seq } },
      orderBy: { seq: "desc" },
      select: { hash: true },
    });
    let prevHash = previous?.hash || GENESIS_HASH;
    for (const event of page) {
      const hash = hashEvent(event, prevHash);
      await tx.auditEvent.update({ where: { id: event.id }, data: { prevHash, hash } });
      prevHash = hash;
    }
    sealed += page.length;
  }
  return sealed;
}

/**
 * Seals every legacy event, a page per transaction. Returns how many were sealed.
 * `provider` defaults to the configured one (pass it when `db` points elsewhere).
 */
export async function sealLegacyEvents(db: Db, provider: Provider = getDbProvider()): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.$transaction(
      async (tx) => {
        await lockAuditTrail(tx, provider);
        return sealLegacyEventsInTx(tx, PAGE);
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
    total += sealed;
    if (sealed < PAGE) return total;
  }
}
