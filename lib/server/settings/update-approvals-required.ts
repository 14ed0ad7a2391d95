import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/issues";
import {
  ZUpdateApprovalsRequiredInput,
  type ApprovalsRequired,
  type UpdateApprovalsRequiredInput,
} from "@/lib/validation/admin";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { APPROVALS_REQUIRED_KEY, getApprovalsRequired } from "@/lib/server/settings/get-approvals-required";

/**
 * Sets how many distinct managers must approve a verdict: 1, or 2 for a PolitiFact-style
 * panel. Applies to approvals given from now on.
 */
export async function updateApprovalsRequired(
  rawInput: UpdateApprovalsRequiredInput,
  actor: Actor,
): Promise<{ approvalsRequired: ApprovalsRequired }> {
  const { approvalsRequired } = parseInput(ZUpdateApprovalsRequiredInput, rawInput);
  assertAllowed(actor, "scale.manage");
  return db.$transaction(async (tx) => {
    const before = await getApprovalsRequired(tx);
    if (before === approvalsRequired) return { approvalsRequired };
    await tx.setting.upsert({
      where: { key: APPROVALS_REQUIRED_KEY },
      create: { key: APPROVALS_REQUIRED_KEY, value: approvalsRequired },
      update: { value: approvalsRequired },
    });
    await appendAuditEvents(tx, [
      {
        actorId: actor.id,
        action: "setting.changed",
        before: { approvalsRequired: before },
        after: { approvalsRequired },
      },
    ]);
    return { approvalsRequired };
  });
}
