import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZSetUserDisabledInput, type SetUserDisabledInput } from "@/lib/validation/admin";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { ADMIN_USER_SELECT } from "@/lib/server/users/list-users";
import { assertAnotherManagerRemains, lockUserRoster } from "@/lib/server/users/change-user-role";

/**
 * Disables an account (it can no longer sign in; its work and history stay, attributed
 * to it) or enables it again. Nobody disables their own account.
 */
export async function setUserDisabled(userId: string, rawInput: SetUserDisabledInput, actor: Actor) {
  const { disabled } = parseInput(ZSetUserDisabledInput, rawInput);
  assertAllowed(actor, "user.manage");
  if (userId === actor.id && disabled) {
    const message = "You cannot disable your own account. Ask another manager to do it.";
    throw new AppError("validation", message, { issues: [{ path: "disabled", message }] });
  }
  return db.$transaction(async (tx) => {
    await lockUserRoster(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: ADMIN_USER_SELECT });
    if (!user) throw notFound("The user");
    if (user.disabled === disabled) return user;
    if (disabled && user.role === "MANAGER") await assertAnotherManagerRemains(tx, userId, "disabled");
    const updated = await tx.user.update({
      where: { id: userId },
      // Disabling and enabling both end every session: one issued before the account was
      // disabled must not come back to life when it is enabled again.
      data: { disabled, sessionVersion: { increment: 1 } },
      select: ADMIN_USER_SELECT,
    });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: disabled ? "user.disabled" : "user.enabled",
        before: { userId, disabled: !disabled },
        after: { userId, disabled },
      },
    ]);
    return updated;
  });
}
