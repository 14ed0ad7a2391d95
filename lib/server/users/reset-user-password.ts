import "server-only";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { hashPassword } from "@/lib/server/auth/password";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { ADMIN_USER_SELECT } from "@/lib/server/users/list-users";

// 18 characters from 56 symbols without look-alikes (0/O, 1/l/I): about 104 bits, easy
// to read out or type from a note.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const LENGTH = 18;

export function generatePassword(): string {
  return Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

/**
 * A manager gives someone a new generated password (returned once, for the manager to
 * pass on; never stored or logged in the clear) and ends every session of theirs. A
 * manager changes their own password in Settings instead, where the current one is asked.
 */
export async function resetUserPassword(userId: string, actor: Actor) {
  assertAllowed(actor, "user.manage");
  if (userId === actor.id) {
    throw new AppError("validation", "Change your own password in Settings.");
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!existing) throw notFound("The user");
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: ADMIN_USER_SELECT,
    });
    await appendAuditEvents(tx, [{ actorId: actor.id, action: "user.password_reset", after: { userId } }]);
    return updated;
  });
  return { user, password };
}
