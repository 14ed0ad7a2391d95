// Failed sign-ins reach the audit trail in aggregate: one auth.sign_in_failed event per
// account (or, for emails with no account, per address) and window, with the count, the
// reasons and the emails tried — never one undeletable row per attempt, which would let
// anyone grow the trail without limit.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { FAILURE_AUDIT_WINDOW_MS } from "@/lib/server/auth/sign-in-limits";

export type SignInFailureReason = "wrong password" | "unknown email" | "account disabled" | "rate limited";

const MAX_EMAILS = 10;

interface TallyRow {
  key: string;
  userId: string | null;
  address: string | null;
  emails: string;
  reasons: string;
  count: number;
  firstAt: Date | null;
  lastAt: Date | null;
}

const parse = <T>(json: string, fallback: T): T => {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

async function appendTallyEvent(tx: Tx, row: TallyRow): Promise<void> {
  if (row.count === 0 || !row.firstAt || !row.lastAt) return;
  const reasons = parse<Record<string, number>>(row.reasons, {});
  const emails = parse<string[]>(row.emails, []);
  const summary = Object.entries(reasons)
    .map(([reason, n]) => `${reason} ×${n}`)
    .join(", ");
  await appendAuditEvents(tx, [
    {
      actorId: row.userId,
      action: "auth.sign_in_failed",
      after: {
        count: row.count,
        emails,
        reasons,
        address: row.address,
        firstAt: row.firstAt.toISOString(),
        lastAt: row.lastAt.toISOString(),
      },
      reason: `${row.count} failed sign-in${row.count === 1 ? "" : "s"} (${summary})`,
    },
  ]);
}

/** Counts one failed attempt; writes the previous window's event when that window has closed. */
export async function recordSignInFailure(
  failure: { userId: string | null; email: string; address: string | null; reason: SignInFailureReason },
  now: Date = new Date(),
): Promise<void> {
  const key = failure.userId ? `user:${failure.userId}` : `address:${failure.address ?? "unknown"}`;
  await db.$transaction(async (tx) => {
    // Creates and locks the row (see consume-rate-limit.ts).
    await tx.$executeRaw`INSERT INTO "SignInFailureTally" ("key") VALUES (${key}) ON CONFLICT ("key") DO UPDATE SET "key" = excluded."key"`;
    let row: TallyRow = await tx.signInFailureTally.findUniqueOrThrow({ where: { key } });
    if (row.firstAt && now.getTime() - row.firstAt.getTime() >= FAILURE_AUDIT_WINDOW_MS) {
      await appendTallyEvent(tx, row);
      row = { ...row, emails: "[]", reasons: "{}", count: 0, firstAt: null, lastAt: null };
    }
    const emails = parse<string[]>(row.emails, []);
    if (!emails.includes(failure.email) && emails.length < MAX_EMAILS) emails.push(failure.email);
    const reasons = parse<Record<string, number>>(row.reasons, {});
    reasons[failure.reason] = (reasons[failure.reason] ?? 0) + 1;
    await tx.signInFailureTally.update({
      where: { key },
      data: {
        userId: failure.userId,
        address: failure.address ?? row.address,
        emails: JSON.stringify(emails),
        reasons: JSON.stringify(reasons),
        count: row.count + 1,
        firstAt: row.firstAt ?? now,
        lastAt: now,
      },
    });
  });
}

/**
 * Writes the events of tallies whose window has closed (and, with `userId`, that account's
 * open tally too, e.g. before its successful sign-in is recorded). A row changed by a
 * concurrent failure in the meantime is left for the next flush.
 */
export async function flushSignInFailures(
  options: { userId?: string; limit?: number } = {},
  now: Date = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - FAILURE_AUDIT_WINDOW_MS);
  const rows = await db.signInFailureTally.findMany({
    where: {
      OR: [{ firstAt: { lte: cutoff } }, ...(options.userId ? [{ key: `user:${options.userId}` }] : [])],
    },
    orderBy: { firstAt: "asc" },
    take: options.limit ?? 10,
  });
  let written = 0;
  for (const row of rows) {
    written += await db.$transaction(async (tx) => {
      const { count } = await tx.signInFailureTally.deleteMany({
        where: { key: row.key, count: row.count, lastAt: row.lastAt },
      });
      if (count === 0) return 0;
      await appendTallyEvent(tx, row);
      return 1;
    });
  }
  return written;
}
