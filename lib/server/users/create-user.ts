import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZCreateUserInput, type CreateUserInput } from "@/lib/validation/users";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { hashPassword } from "@/lib/server/auth/password";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";

/**
 * Creates a user. `actor` is a manager in the app; null when an operator runs the
 * `user:create` command (the audit trail then names the system and the reason).
 */
export async function createUser(
  rawInput: CreateUserInput,
  actor: Actor | null,
  systemReason = "created from the command line",
): Promise<Actor> {
  const input = parseInput(ZCreateUserInput, rawInput);
  if (actor) assertAllowed(actor, "user.manage");
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) {
    throw new AppError("validation", "A user with this email already exists.", {
      issues: [{ path: "email", message: "A user with this email already exists." }],
    });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await appendAuditEvents(tx, [
      {
        actorId: actor?.id ?? null,
        action: "user.created",
        after: { email: user.email, name: user.name, role: user.role },
        ...(actor ? {} : { reason: systemReason }),
      },
    ]);
    return user;
  });
}
