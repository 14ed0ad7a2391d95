import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZChangePasswordInput, type ChangePasswordInput } from "@/lib/validation/users";
import type { Actor } from "@/lib/server/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { ACCOUNT_SIGN_IN_POLICY } from "@/lib/server/auth/sign-in-limits";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { consumeRateLimit, resetRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

const attemptsKey = (userId: string) => `password-change:${userId}`;

/**
 * Sets the signed-in person's password after checking the current one (so that an
 * unattended session cannot take the account over), then ends every session of theirs,
 * this one included: they sign in again with the new password. Guesses of the current
 * password are limited as sign-ins are.
 */
export async function changeOwnPassword(rawInput: ChangePasswordInput, actor: Actor): Promise<void> {
  const input = parseInput(ZChangePasswordInput, rawInput);
  const limit = await consumeRateLimit(attemptsKey(actor.id), ACCOUNT_SIGN_IN_POLICY);
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
    const message = `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
    throw new AppError("validation", message, { issues: [{ path: "currentPassword", message }] });
  }
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    omit: { passwordHash: false },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const message = "That is not your current password.";
    throw new AppError("validation", message, { issues: [{ path: "currentPassword", message }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await appendAuditEvents(tx, [
      { actorId: actor.id, action: "user.password_changed", after: { userId: actor.id } },
    ]);
  });
  await resetRateLimit(attemptsKey(actor.id));
}
