import "server-only";
import type { Tx } from "@/lib/db";
import { shouldReturnToCheck, type ArticleStatus } from "@/lib/domain/workflow/article-gate";
import type { Actor } from "@/lib/server/auth/actor";
import type { AuditEventInput } from "@/lib/server/audit/append-audit-events";
import type { NotificationInput } from "@/lib/server/notifications/notify";
import { reopenAudiences } from "@/lib/server/claims/transition-claim";

import { TEXT_CHANGED_REASON } from "@/lib/domain/verdicts/reconfirm";

/**
 * What a save means for the workflow: a verified claim whose words changed is reopened
 * (by the system, saying why), and a cleared article whose claims changed (reworded,
 * newly marked, re-attached or orphaned) goes back to IN_CHECK. Runs inside the save's transaction.
 */
export async function applyWorkflowConsequences(
  tx: Tx,
  input: {
    articleId: string;
    articleStatus: ArticleStatus;
    reworded: { id: string; status: string; quote: string; assigneeId: string | null }[];
    /** Claims marked, re-attached or orphaned by the save: the article needs checking again. */
    otherClaimChanges: number;
    actor: Actor;
  },
): Promise<{ events: AuditEventInput[]; notices: NotificationInput[] }> {
  const events: AuditEventInput[] = [];
  const notices: NotificationInput[] = [];
  const verified = input.reworded.filter((c) => c.status === "VERIFIED");
  if (verified.length > 0) {
    await tx.claim.updateMany({
      where: { id: { in: verified.map((c) => c.id) } },
      data: { status: "RESEARCHING", statusReason: TEXT_CHANGED_REASON },
    });
  }
  const audiences = await reopenAudiences(tx, verified);
  for (const claim of verified) {
    events.push({
      actorId: null,
      action: "claim.status_changed",
      articleId: input.articleId,
      claimId: claim.id,
      before: { status: "VERIFIED" },
      after: { status: "RESEARCHING" },
      reason: TEXT_CHANGED_REASON,
    });
    for (const userId of audiences.get(claim.id) ?? []) {
      notices.push({
        userId,
        kind: "reopened",
        claimId: claim.id,
        actorId: input.actor.id,
        message: `“${claim.quote}” was reopened: ${TEXT_CHANGED_REASON}.`,
      });
    }
  }
  const claimsChanged = input.reworded.length + input.otherClaimChanges > 0;
  if (shouldReturnToCheck(input.articleStatus, claimsChanged)) {
    await tx.article.update({ where: { id: input.articleId }, data: { status: "IN_CHECK" } });
    events.push({
      actorId: null,
      action: "article.status_changed",
      articleId: input.articleId,
      before: { status: input.articleStatus },
      after: { status: "IN_CHECK" },
      reason:
        input.reworded.length > 0
          ? "a claim's text changed after the article was cleared"
          : "claims were marked, re-attached or orphaned after the article was cleared",
    });
  }
  return { events, notices };
}
