// Rate limits kept in the database, so that every app process counts against the same
// budget. One call is one hit, decided atomically: the key's row is created and locked by
// one upsert (a row lock on PostgreSQL, the write lock on SQLite) before it is read, so
// concurrent hits queue instead of all reading the same count.
import "server-only";
import { db, type Tx } from "@/lib/db";
import {
  applyHit,
  type RateLimitDecision,
  type RateLimitPolicy,
  type RateLimitState,
} from "@/lib/server/rate-limit/policy";

export type { RateLimitDecision, RateLimitPolicy } from "@/lib/server/rate-limit/policy";

/** Creates the key's row if needed and locks it until the transaction ends. */
async function lockKey(tx: Tx, key: string): Promise<RateLimitState> {
  await tx.$executeRaw`INSERT INTO "RateLimit" ("key") VALUES (${key}) ON CONFLICT ("key") DO UPDATE SET "key" = excluded."key"`;
  return tx.rateLimit.findUniqueOrThrow({
    where: { key },
    select: { count: true, windowStart: true, strikes: true, blockedUntil: true },
  });
}

/**
 * Counts one hit against `key` (e.g. `signin:ip:203.0.113.9`, `api:user:<id>`) and says
 * whether it is allowed; when not, how long until the next one will be. Hits beyond the
 * policy's limit start a block that doubles each time it recurs.
 */
export async function consumeRateLimit(
  key: string,
  policy: RateLimitPolicy,
  now: Date = new Date(),
): Promise<RateLimitDecision> {
  const decision = await db.$transaction(async (tx) => {
    const state = await lockKey(tx, key);
    const { decision, next, expiresAt } = applyHit(policy, state, now);
    await tx.rateLimit.update({ where: { key }, data: { ...next, expiresAt } });
    return decision;
  });
  if (Math.random() < 0.01) await forgetExpiredRateLimits(now);
  return decision;
}

/** Whether `key` is blocked now, without counting a hit. */
export async function peekRateLimit(key: string, now: Date = new Date()): Promise<RateLimitDecision> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { blockedUntil: true } });
  const until = row?.blockedUntil?.getTime() ?? 0;
  return until > now.getTime()
    ? { allowed: false, retryAfterMs: until - now.getTime() }
    : { allowed: true, remaining: Number.NaN };
}

/**
 * Takes back one hit of the current window (a request that turned out to be legitimate,
 * e.g. a successful sign-in from a shared address). Never lifts a block.
 */
export async function refundRateLimit(key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Forgets the key's hits, strikes and block (e.g. an account after a successful sign-in). */
export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Deletes rows whose meaning has lapsed; run now and then by consumeRateLimit. */
export async function forgetExpiredRateLimits(now: Date = new Date()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
