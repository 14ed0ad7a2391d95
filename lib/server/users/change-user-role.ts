import "server-only";
import { db, getDbProvider, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZChangeUserRoleInput, type ChangeUserRoleInput } from "@/lib/validation/admin";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { ADMIN_USER_SELECT } from "@/lib/server/users/list-users";

// An arbitrary constant naming the user-administration lock on PostgreSQL.
const ROSTER_LOCK_KEY = 727_003;

/**
 * Serialises role and account changes, so that two managers demoting or disabling each
 * other at once cannot both pass the last-manager check (SQLite serialises writers itself).
 */
export async function lockUserRoster(tx: Tx): Promise<void> {
  if (getDbProvider() === "postgresql") {
    await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${ROSTER_LOCK_KEY})::text`);
  }
}

/** Refuses a change that would leave the workspace without an enabled manager. */
export async function assertAnotherManagerRemains(tx: Tx, userId: string, field: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "MANAGER", disabled: false, id: { not: userId } } });
  if (others === 0) {
    const message = "This is the last enabled manager. Make someone else a manager first.";
    throw new AppError("validation", message, { issues: [{ path: field, message }] });
  }
}

/** Gives a user another role; a manager cannot demote themself (another manager must). */
export async function changeUserRole(userId: string, rawInput: ChangeUserRoleInput, actor: Actor) {
  const { role } = parseInput(ZChangeUserRoleInput, rawInput);
  assertAllowed(actor, "user.manage");
  if (userId === actor.id && role !== "MANAGER") {
    const message = "You cannot remove your own manager role. Ask another manager to do it.";
    throw new AppError("validation", message, { issues: [{ path: "role", message }] });
  }
  return db.$transaction(async (tx) => {
    await lockUserRoster(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: ADMIN_USER_SELECT });
    if (!user) throw notFound("The user");
    if (user.role === role) return user;
    if (user.role === "MANAGER" && !user.disabled) await assertAnotherManagerRemains(tx, userId, "role");
    const updated = await tx.user.update({
      where: { id: userId },
      // A new role ends every session: the person signs in again under it.
      data: { role, sessionVersion: { increment: 1 } },
      select: ADMIN_USER_SELECT,
    });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "user.role_changed",
        before: { userId, role: user.role },
        after: { userId, role },
      },
    ]);
    return updated;
  });
}
