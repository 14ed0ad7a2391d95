// How many sign-in attempts an account (by the email typed, whether or not it has an
// account, so that the answer never tells) and an address get before a pause.
import type { RateLimitPolicy } from "@/lib/server/rate-limit/policy";

const MINUTE = 60_000;

/** 5 attempts per 15 minutes per email; then 1 minute, 2, 4, … up to an hour. */
export const ACCOUNT_SIGN_IN_POLICY: RateLimitPolicy = {
  limit: 5,
  windowMs: 15 * MINUTE,
  blockMs: MINUTE,
  maxBlockMs: 60 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
};

/**
 * 20 failed attempts per 15 minutes per address (a successful sign-in is refunded, so a
 * newsroom behind one address is not locked out by its own people); then 5 minutes, 10, …
 * up to an hour.
 */
export const ADDRESS_SIGN_IN_POLICY: RateLimitPolicy = {
  limit: 20,
  windowMs: 15 * MINUTE,
  blockMs: 5 * MINUTE,
  maxBlockMs: 60 * MINUTE,
  forgetAfterMs: 60 * MINUTE,
};

/** Failed sign-ins of one account are written to the audit trail once per this window. */
export const FAILURE_AUDIT_WINDOW_MS = 15 * MINUTE;

export const accountKey = (email: string) => `signin:account:${email}`;
export const addressKey = (address: string) => `signin:address:${address}`;
