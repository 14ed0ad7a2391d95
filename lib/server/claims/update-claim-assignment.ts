import "server-only";
import { lockArticleOfClaim } from "@/lib/server/articles/article-lock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZAssignmentInput, type AssignmentInput } from "@/lib/validation/claims";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents } from "@/lib/server/audit/append-audit-events";
import { notify, type NotificationInput } from "@/lib/server/notifications/notify";
import { loadClaim } from "@/lib/server/claims/load-claim";
import { assertDueDateAhead, resolveAssignee } from "@/lib/server/claims/resolve-assignee";
import { getClaimDetail, type ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { signalArticle } from "@/lib/server/live/article-signals";

/** Claims whose work is not settled; assignment of an OPEN claim is the assign transition. */
const IN_WORK = new Set(["RESEARCHING", "IN_REVIEW"]);

/**
 * A manager hands a claim in work to someone else, or changes only its due date or
 * priority. One audit event with just the fields that changed; the new assignee (and the
 * one relieved of it) are told.
 */
export async function updateClaimAssignment(
  claimId: string,
  rawInput: AssignmentInput,
  actor: Actor,
): Promise<ClaimDetail> {
  const input = parseInput(ZAssignmentInput, rawInput);
  assertAllowed(actor, "claim.assign");
  const articleId = await db.$transaction(async (tx) => {
    await lockArticleOfClaim(tx, claimId);
    const claim = await loadClaim(claimId, tx);
    if (!IN_WORK.has(claim.status)) {
      throw new AppError(
        "conflict",
        claim.status === "OPEN"
          ? "This claim is not assigned yet: use Assign to start its research."
          : "A settled claim is not reassigned; reopen it first.",
      );
    }
    const assignee =
      input.assigneeId !== undefined && input.assigneeId !== claim.assigneeId
        ? await resolveAssignee(tx, input.assigneeId)
        : null;
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    const data: { assigneeId?: string; dueAt?: Date | null; priority?: typeof claim.priority } = {};
    if (assignee) {
      data.assigneeId = assignee.id;
      before.assigneeId = claim.assigneeId;
      after.assigneeId = assignee.id;
      after.assignee = assignee.name;
    }
    const dueBefore = claim.dueAt?.toISOString() ?? null;
    const dueAfter = input.dueAt === undefined ? dueBefore : (input.dueAt?.toISOString() ?? null);
    if (dueAfter !== dueBefore) {
      if (input.dueAt) assertDueDateAhead(input.dueAt);
      data.dueAt = input.dueAt ?? null;
      before.dueAt = dueBefore;
      after.dueAt = dueAfter;
    }
    if (input.priority !== undefined && input.priority !== claim.priority) {
      data.priority = input.priority;
      before.priority = claim.priority;
      after.priority = input.priority;
    }
    if (Object.keys(data).length === 0) return null;

    const updated = await tx.claim.updateMany({ where: { id: claimId, status: claim.status }, data });
    if (updated.count !== 1)
      throw new AppError("conflict", "Someone else moved this claim just now. Reload to see its state.");
    await appendAuditEvents(tx, [
      { actorId: actor.id, action: "claim.assigned", articleId: claim.articleId, claimId, before, after },
    ]);
    const notices: NotificationInput[] = [];
    if (assignee) {
      notices.push({
        userId: assignee.id,
        kind: "assigned",
        claimId,
        actorId: actor.id,
        message: `${actor.name} assigned you “${claim.quote}”.`,
      });
      if (claim.assigneeId) {
        notices.push({
          userId: claim.assigneeId,
          kind: "assigned",
          claimId,
          actorId: actor.id,
          message: `${actor.name} handed “${claim.quote}” to ${assignee.name}.`,
        });
      }
    } else if (claim.assigneeId && (data.dueAt !== undefined || data.priority)) {
      notices.push({
        userId: claim.assigneeId,
        kind: "assigned",
        claimId,
        actorId: actor.id,
        message: `${actor.name} changed the ${data.dueAt !== undefined ? "due date" : "priority"} of “${claim.quote}”.`,
      });
    }
    await notify(tx, notices);
    return claim.articleId;
  });
  if (articleId) signalArticle({ kind: "claims", articleId, claimIds: [claimId] });
  return getClaimDetail(claimId, actor);
}
