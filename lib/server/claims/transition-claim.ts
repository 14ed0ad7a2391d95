import "server-only";
import { lockArticleOfClaim } from "@/lib/server/articles/article-lock";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decideTransition, type Transition } from "@/lib/domain/workflow/claim-workflow";
import { parseInput } from "@/lib/validation/issues";
import { ZTransitionInput } from "@/lib/validation/claims";
import type { z } from "zod";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents, type AuditEventInput } from "@/lib/server/audit/append-audit-events";
import { notify, type NotificationInput } from "@/lib/server/notifications/notify";
import { getApprovalsRequired } from "@/lib/server/settings/get-approvals-required";
import { loadApprovedVerdict, loadClaim, loadOpenProposal } from "@/lib/server/claims/load-claim";
import { planArticleCorrections, writeCorrectionSteps } from "@/lib/server/corrections/correction-steps";
import { shouldReturnToCheck } from "@/lib/domain/workflow/article-gate";
import { getClaimDetail, type ClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { toWorkflowError } from "@/lib/server/claims/workflow-error";
import { assertDueDateAhead, resolveAssignee } from "@/lib/server/claims/resolve-assignee";
import { signalArticle } from "@/lib/server/live/article-signals";

export type TransitionClaimInput = z.input<typeof ZTransitionInput>;

/**
 * Moves a claim along its lifecycle (assign or pick up, submit, send back, approve,
 * dismiss, restore, reopen). The domain decides whether the move is allowed; this writes
 * it, its audit events and its notifications in one transaction.
 */
export async function transitionClaim(
  claimId: string,
  rawInput: TransitionClaimInput,
  actor: Actor,
): Promise<ClaimDetail> {
  const input = parseInput(ZTransitionInput, rawInput);
  assertAllowed(actor, "article.view");
  const changed = await db.$transaction(async (tx) => {
    // Under the article's lock: a concurrent edit, clearance or approval waits (two
    // approvers at once verify a claim exactly once).
    await lockArticleOfClaim(tx, claimId);
    const claim = await loadClaim(claimId, tx);
    const proposal = await loadOpenProposal(claimId, tx);
    const decision = decideTransition(
      {
        claim: {
          status: claim.status,
          orphaned: claim.orphaned,
          assigneeId: claim.assigneeId,
        },
        actor: { id: actor.id, role: actor.role },
        proposal: proposal?.workflow ?? null,
        approvalsRequired: await getApprovalsRequired(tx),
      },
      input,
    );
    if (!decision.ok) throw toWorkflowError(decision);

    const base = { actorId: actor.id, articleId: claim.articleId, claimId } as const;
    const events: AuditEventInput[] = [];
    const notices: NotificationInput[] = [];
    const corrections: AuditEventInput[] = [];
    const data: Parameters<Tx["claim"]["updateMany"]>[0]["data"] = { status: decision.nextStatus };
    const t: Transition = decision.transition;

    if (t === "assign" || t === "pick_up") {
      if (input.dueAt) assertDueDateAhead(input.dueAt);
      const assignee = await resolveAssignee(tx, input.assigneeId ?? actor.id);
      Object.assign(data, {
        assigneeId: assignee.id,
        statusReason: null,
        ...(input.dueAt !== undefined ? { dueAt: input.dueAt } : {}),
        ...(input.priority ? { priority: input.priority } : {}),
      });
      events.push({
        ...base,
        action: "claim.assigned",
        before: { assigneeId: claim.assigneeId },
        after: {
          assigneeId: assignee.id,
          assignee: assignee.name,
          dueAt: input.dueAt?.toISOString() ?? null,
        },
      });
      notices.push({
        userId: assignee.id,
        kind: "assigned",
        claimId,
        actorId: actor.id,
        message: `${actor.name} assigned you “${claim.quote}”.`,
      });
    }
    if ((t === "submit" || t === "approve" || t === "send_back") && !proposal) {
      throw new AppError("validation", "There is no proposed verdict to act on.");
    }
    if (t === "send_back" && proposal) {
      await tx.verdict.update({
        where: { id: proposal.id },
        data: { state: "SENT_BACK", decidedAt: new Date() },
      });
      await tx.comment.create({ data: { claimId, authorId: actor.id, body: input.comment?.trim() ?? "" } });
      events.push({
        ...base,
        action: "verdict.sent_back",
        before: { verdictId: proposal.id, state: "PROPOSED" },
        after: { state: "SENT_BACK", comment: input.comment?.trim() ?? "" },
      });
      notices.push({
        userId: proposal.workflow.proposedById,
        kind: "sent_back",
        claimId,
        actorId: actor.id,
        message: `${actor.name} sent back your verdict on “${claim.quote}”.`,
      });
    }
    if (t === "approve" && proposal) {
      await tx.verdictApproval.create({ data: { verdictId: proposal.id, approverId: actor.id } });
      const verified = decision.nextStatus === "VERIFIED";
      if (verified) {
        // The exact words this verdict checked: the claim shows it as stale once they change.
        data.checkedQuote = claim.quote;
        corrections.push(...(await correctVerdict(tx, claim, proposal, actor)));
        await tx.verdict.update({
          where: { id: proposal.id },
          data: { state: "APPROVED", decidedAt: new Date() },
        });
      }
      events.push({
        ...base,
        action: "verdict.approved",
        after: {
          verdictId: proposal.id,
          rating: proposal.rating.label,
          final: verified,
          ...(verified ? { checkedQuote: claim.quote } : {}),
        },
      });
      notices.push({
        userId: proposal.workflow.proposedById,
        kind: "approved",
        claimId,
        actorId: actor.id,
        message: `${actor.name} approved your verdict “${proposal.rating.label}” on “${claim.quote}”.`,
      });
    }
    if (t === "dismiss" || t === "reopen") data.statusReason = input.reason?.trim() ?? null;
    if (t === "restore") data.statusReason = null;
    if (t === "reopen") {
      const audience = await reopenAudiences(tx, [{ id: claimId, assigneeId: claim.assigneeId }]);
      for (const userId of audience.get(claimId) ?? []) {
        notices.push({
          userId,
          kind: "reopened",
          claimId,
          actorId: actor.id,
          message: `${actor.name} reopened “${claim.quote}”: ${input.reason?.trim() ?? ""}`,
        });
      }
    }

    // Conditional on the status we decided from, so a concurrent move cannot be overwritten.
    const updated = await tx.claim.updateMany({ where: { id: claimId, status: claim.status }, data });
    if (updated.count !== 1)
      throw new AppError("conflict", "Someone else moved this claim just now. Reload to see its state.");
    if (decision.nextStatus !== claim.status) {
      events.push({
        ...base,
        action: "claim.status_changed",
        before: { status: claim.status },
        after: { status: decision.nextStatus },
        ...(input.reason?.trim() ? { reason: input.reason.trim() } : {}),
      });
    }
    events.push(...corrections);
    // A cleared article holds only settled claims: reopening or restoring one unclears it.
    const unclears = (t === "reopen" || t === "restore") && shouldReturnToCheck(claim.article.status, true);
    if (unclears) {
      await tx.article.update({ where: { id: claim.articleId }, data: { status: "IN_CHECK" } });
      events.push({
        actorId: null,
        action: "article.status_changed",
        articleId: claim.articleId,
        before: { status: claim.article.status },
        after: { status: "IN_CHECK" },
        reason: `a claim was ${t === "reopen" ? "reopened" : "restored"} after the article was cleared`,
      });
    }
    await appendAuditEvents(tx, events);
    await notify(tx, notices);
    return { articleId: claim.articleId, articleChanged: unclears || corrections.length > 0 };
  });
  signalArticle(
    { kind: "claims", articleId: changed.articleId, claimIds: [claimId] },
    ...(changed.articleChanged ? [{ kind: "article" as const, articleId: changed.articleId }] : []),
  );
  return getClaimDetail(claimId, actor);
}

/**
 * Approving a verdict that replaces one readers of a cleared article have seen records a
 * correction with the note its proposer wrote.
 */
async function correctVerdict(
  tx: Tx,
  claim: Awaited<ReturnType<typeof loadClaim>>,
  proposal: NonNullable<Awaited<ReturnType<typeof loadOpenProposal>>>,
  actor: Actor,
): Promise<AuditEventInput[]> {
  const { firstClearedAt } = claim.article;
  const published = firstClearedAt
    ? await loadApprovedVerdict(claim.id, tx, { excluding: proposal.id })
    : null;
  if (!published) return [];
  const note = proposal.correctionNote;
  const change = {
    claimId: claim.id,
    kind: "VERDICT" as const,
    before: published,
    after: { rating: proposal.rating.label, rationale: proposal.rationale },
  };
  const steps = await planArticleCorrections(tx, {
    articleId: claim.articleId,
    firstClearedAt,
    changes: [change],
    note,
    missingNoteMessage:
      "This verdict changes one already published, and its proposal has no public correction note. Send it back so a note can be added.",
  });
  return writeCorrectionSteps(tx, {
    articleId: claim.articleId,
    actorId: actor.id,
    noteAuthorId: proposal.workflow.proposedById,
    note,
    replacePendingNote: true,
    steps,
  });
}

/**
 * Who hears that verified claims were reopened: each one's assignee and whoever proposed
 * its approved verdicts. One query for all the claims.
 */
export async function reopenAudiences(
  tx: Pick<Tx, "verdict">,
  claims: { id: string; assigneeId: string | null }[],
): Promise<Map<string, string[]>> {
  const proposers = claims.length
    ? await tx.verdict.findMany({
        where: { claimId: { in: claims.map((c) => c.id) }, state: "APPROVED" },
        select: { claimId: true, proposedById: true },
      })
    : [];
  return new Map(
    claims.map((c) => [
      c.id,
      [
        ...new Set([
          ...(c.assigneeId ? [c.assigneeId] : []),
          ...proposers.filter((p) => p.claimId === c.id).map((p) => p.proposedById),
        ]),
      ],
    ]),
  );
}
