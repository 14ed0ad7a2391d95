import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/server/auth/actor";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1024),
});

// Verifying against the hash of a random password when the email is unknown keeps the
// response time of "no such user" close to that of "wrong password".
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

type FailureReason = "wrong password" | "unknown email" | "account disabled";

/**
 * Returns the actor for valid credentials of an enabled user, otherwise null. Every
 * attempt with a well-formed email is audited, each in its own small transaction:
 * "auth.signed_in", or "auth.sign_in_failed" with the email tried and why (never the
 * password).
 */
export async function verifyCredentials(input: unknown): Promise<Actor | null> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return null;
  const { email } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
  const failure: FailureReason | null = !user
    ? "unknown email"
    : !ok
      ? "wrong password"
      : user.disabled
        ? "account disabled"
        : null;
  if (failure) {
    await db.$transaction((tx) =>
      appendAuditEvents(tx, [
        { actorId: user?.id ?? null, action: "auth.sign_in_failed", after: { email }, reason: failure },
      ]),
    );
    return null;
  }
  if (!user) return null;
  await db.$transaction((tx) => appendAuditEvents(tx, [{ actorId: user.id, action: "auth.signed_in" }]));
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
