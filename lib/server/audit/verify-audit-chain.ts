import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { GENESIS_HASH, hashEvent } from "@/lib/server/audit/hash-event";
import { hashSteps } from "@/lib/server/articles/edit-bursts";

export interface AuditChainReport {
  ok: boolean;
  /** Events found intact before the first break (all of them when ok). */
  checked: number;
  firstBrokenSeq?: number;
  reason?: string;
}

const PAGE = 1000;

/**
 * Re-verifies the whole audit trail, a page of 1000 events at a time (keyset by seq):
 * seq runs 1, 2, 3, … with no gap, each prevHash is the previous event's hash (GENESIS_HASH
 * for event 1), each hash recomputes from the event's fields, and the steps behind every
 * article.edited event still hash to what it recorded.
 */
export async function verifyAuditChain(client: Tx = db): Promise<AuditChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const broken = (seq: number, reason: string): AuditChainReport => ({
    ok: false,
    checked,
    firstBrokenSeq: seq,
    reason,
  });
  const stray = await client.auditEvent.findFirst({ where: { seq: { lt: 1 } }, select: { seq: true } });
  if (stray) return broken(stray.seq, `unexpected seq: event ${stray.seq} precedes event 1`);
  for (;;) {
    const page = await client.auditEvent.findMany({
      where: { seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    for (const event of page) {
      if (event.seq !== expectedSeq) return broken(expectedSeq, `gap: event ${expectedSeq} is missing`);
      if (event.hash === "") return broken(event.seq, `unsealed: event ${event.seq} has no hash`);
      if (event.prevHash !== prevHash) {
        return broken(
          event.seq,
          expectedSeq === 1
            ? "broken link: event 1 does not start the chain"
            : `broken link: event ${event.seq} does not follow event ${event.seq - 1}`,
        );
      }
      if (hashEvent(event, event.prevHash) !== event.hash) {
        return broken(event.seq, `hash mismatch: event ${event.seq} was altered`);
      }
      if (event.action === "article.edited") {
        const problem = await checkEditedSteps(client, event);
        if (problem) return broken(event.seq, problem);
      }
      prevHash = event.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (page.length < PAGE) return { ok: true, checked };
  }
}

/**
 * An article.edited event names a person's steps in a version range and a SHA-256 over
 * them (README, "Live co-editing"): the stored steps must still hash to it.
 */
async function checkEditedSteps(
  client: Pick<Tx, "articleStep">,
  event: { seq: number; articleId: string | null; actorId: string | null; after: unknown },
): Promise<string | undefined> {
  const after = event.after as {
    fromVersion?: number;
    toVersion?: number;
    steps?: number;
    stepsHash?: string;
  };
  if (
    !event.articleId ||
    !event.actorId ||
    after.fromVersion === undefined ||
    after.toVersion === undefined
  ) {
    return `malformed: event ${event.seq} does not name its steps`;
  }
  const rows = await client.articleStep.findMany({
    where: {
      articleId: event.articleId,
      userId: event.actorId,
      version: { gte: after.fromVersion, lte: after.toVersion },
    },
    orderBy: { version: "asc" },
    select: { version: true, clientId: true, step: true },
  });
  if (rows.length !== after.steps) {
    return `steps changed: the steps of event ${event.seq} are ${rows.length}, it names ${after.steps}`;
  }
  if (hashSteps(GENESIS_HASH, rows) !== after.stepsHash) {
    return `steps altered: the steps of event ${event.seq} no longer hash to its stepsHash`;
  }
  return undefined;
}

/** verifyAuditChain for a signed-in actor: managers only ("audit.view"). */
export async function verifyAuditChainAs(actor: Actor): Promise<AuditChainReport> {
  assertAllowed(actor, "audit.view");
  return verifyAuditChain();
}
