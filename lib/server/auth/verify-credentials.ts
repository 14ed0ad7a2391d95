import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/server/auth/actor";
import {
  flushSignInFailures,
  recordSignInFailure,
  type SignInFailureReason,
} from "@/lib/server/auth/record-sign-in-failure";
import {
  ACCOUNT_SIGN_IN_POLICY,
  ADDRESS_SIGN_IN_POLICY,
  accountKey,
  addressKey,
} from "@/lib/server/auth/sign-in-limits";
import {
  consumeRateLimit,
  refundRateLimit,
  resetRateLimit,
} from "@/lib/server/rate-limit/consume-rate-limit";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1024),
});

/** Too many attempts for this email or from this address: try again after `retryAfterMs`. */
export class SignInThrottledError extends Error {
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super("Too many sign-in attempts.");
    this.name = "SignInThrottledError";
    this.retryAfterMs = retryAfterMs;
  }
}

// Verifying against the hash of a random password when the email is unknown keeps the
// response time of "no such user" close to that of "wrong password".
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

/** What the caller knows of the request: the client's address (null when unknown). */
export interface SignInContext {
  address: string | null;
}

/**
 * Returns the actor for valid credentials of an enabled user, otherwise null; throws
 * SignInThrottledError — before looking at the password — when the email or the address
 * has used up its attempts (sign-in-limits.ts). Every attempt counts against both limits
 * first, atomically, so a burst of parallel guesses gets no more tries than a sequence;
 * a success resets the email's count and gives the address its attempt back.
 * Successes are audited one by one ("auth.signed_in"); failures in aggregate
 * (record-sign-in-failure.ts). Never the password.
 */
export async function verifyCredentials(
  input: unknown,
  context: SignInContext = { address: null },
): Promise<Actor | null> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return null;
  const { email } = parsed.data;
  const { address } = context;
  await flushSignInFailures();

  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
  });
  const fail = (reason: SignInFailureReason) =>
    recordSignInFailure({ userId: user?.id ?? null, email, address, reason });

  const byAccount = await consumeRateLimit(accountKey(email), ACCOUNT_SIGN_IN_POLICY);
  const byAddress = address ? await consumeRateLimit(addressKey(address), ADDRESS_SIGN_IN_POLICY) : null;
  const refused = [byAccount, byAddress].filter((d) => d && !d.allowed);
  if (refused.length > 0) {
    await fail("rate limited");
    throw new SignInThrottledError(Math.max(...refused.map((d) => (d && !d.allowed ? d.retryAfterMs : 0))));
  }

  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
  const failure: SignInFailureReason | null = !user
    ? "unknown email"
    : !ok
      ? "wrong password"
      : user.disabled
        ? "account disabled"
        : null;
  if (failure || !user) {
    await fail(failure ?? "unknown email");
    return null;
  }
  await resetRateLimit(accountKey(email));
  if (address) await refundRateLimit(addressKey(address));
  await flushSignInFailures({ userId: user.id });
  await db.$transaction((tx) => appendAuditEvents(tx, [{ actorId: user.id, action: "auth.signed_in" }]));
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
