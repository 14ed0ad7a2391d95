import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Role } from "@/lib/domain/permissions";
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
  if (existing) throw duplicateEmail();
  const passwordHash = await hashPassword(input.password);
  return insertUser(input, passwordHash, actor, systemReason).catch((error: unknown) => {
    // Two submissions of one email at once both pass the check above; the unique index
    // decides, and the loser hears the same answer as a sequential duplicate.
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  });
}

function duplicateEmail(): AppError {
  return new AppError("validation", "A user with this email already exists.", {
    issues: [{ path: "email", message: "A user with this email already exists." }],
  });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function insertUser(
  input: { email: string; name: string; role: Role },
  passwordHash: string,
  actor: Actor | null,
  systemReason: string,
): Promise<Actor> {
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
