import "server-only";
import { db } from "@/lib/db";
import { authorizeSourceChange, can, canSeeSource, spikedReason } from "@/lib/domain/permissions";
import { explainApprovalRefusal, listAllowedTargets } from "@/lib/domain/workflow/claim-workflow";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { getApprovalsRequired } from "@/lib/server/settings/get-approvals-required";
import { loadClaim, loadOpenProposal } from "@/lib/server/claims/load-claim";
import { canOfferReconfirmation, decideReconfirmation, isStale } from "@/lib/domain/verdicts/reconfirm";

const person = { select: { id: true, name: true } } as const;

/** Everything a claim card shows, filtered to what the viewer may see and do. */
export async function getClaimDetail(claimId: string, actor: Actor) {
  assertAllowed(actor, "article.view");
  const claim = await loadClaim(claimId);
  const seesSensitive = can(actor, "source.view_sensitive");
  const [row, proposal, approvalsRequired] = await Promise.all([
    db.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: {
        prefix: true,
        suffix: true,
        start: true,
        end: true,
        statusReason: true,
        checkedQuote: true,
        createdAt: true,
        assignee: person,
        createdBy: person,
        sources: {
          where: seesSensitive ? {} : { sensitive: false },
          orderBy: { createdAt: "asc" },
          include: { createdBy: person, _count: { select: { citedBy: true } } },
        },
        verdicts: {
          orderBy: { createdAt: "desc" },
          include: {
            rating: { select: { id: true, label: true } },
            proposedBy: person,
            sources: { select: { sourceId: true, source: { select: { sensitive: true } } } },
            approvals: { orderBy: { createdAt: "asc" }, include: { approver: person } },
          },
        },
        comments: { orderBy: { createdAt: "asc" }, include: { author: person } },
      },
    }),
    loadOpenProposal(claimId),
    getApprovalsRequired(db),
  ]);
  // On a spiked article every write is refused, so the viewer is offered none of them.
  const spiked = claim.article.archivedAt !== null;
  const ctx = { articleSpiked: spiked };
  const sourceChange = authorizeSourceChange(actor, { assigneeId: claim.assigneeId }, {}, ctx);
  const approved = row.verdicts.find((v) => v.state === "APPROVED");
  const firstClearedAt = claim.article.firstClearedAt;
  const workflow = {
    claim: { status: claim.status, orphaned: claim.orphaned, assigneeId: claim.assigneeId },
    actor: { id: actor.id, role: actor.role },
    proposal: proposal?.workflow ?? null,
    approvalsRequired,
  };
  const reconfirm = {
    claim: {
      status: claim.status,
      orphaned: claim.orphaned,
      quote: claim.quote,
      checkedQuote: row.checkedQuote,
      statusReason: row.statusReason,
    },
    verdict: approved ? { proposedById: approved.proposedBy.id } : null,
    hasOpenProposal: proposal !== null,
    actor: { id: actor.id, role: actor.role },
  };
  const offersReconfirmation = canOfferReconfirmation(reconfirm);
  const reconfirmDecision = offersReconfirmation ? decideReconfirmation(reconfirm, claim.quote) : null;
  return {
    id: claim.id,
    article: {
      id: claim.article.id,
      title: claim.article.title,
      status: claim.article.status,
      firstClearedAt: firstClearedAt?.toISOString() ?? null,
    },
    quote: claim.quote,
    /** The words its current approved verdict checked (null before any approval). */
    checkedQuote: row.checkedQuote,
    /** The words now differ from the ones the verdict checked. */
    stale: isStale({ quote: claim.quote, checkedQuote: row.checkedQuote }),
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    status: claim.status,
    orphaned: claim.orphaned,
    statusReason: row.statusReason,
    priority: claim.priority,
    dueAt: claim.dueAt?.toISOString() ?? null,
    assignee: row.assignee,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    rating: claim.status === "VERIFIED" && approved ? approved.rating : null,
    /**
     * Set once the article has been cleared and the claim has an approved verdict: a
     * proposal that differs from it is a correction and needs a public note.
     */
    publishedVerdict:
      firstClearedAt && approved ? { rating: approved.rating.label, rationale: approved.rationale } : null,
    approvalsRequired,
    sources: row.sources.map(({ _count, createdBy, ...s }) => ({
      ...s,
      accessedAt: s.accessedAt.toISOString().slice(0, 10),
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
      createdBy,
      citedByVerdicts: _count.citedBy,
    })),
    verdicts: row.verdicts.map((v) => ({
      id: v.id,
      rating: v.rating,
      rationale: v.rationale,
      correctionNote: v.correctionNote,
      state: v.state,
      proposedBy: v.proposedBy,
      createdAt: v.createdAt.toISOString(),
      decidedAt: v.decidedAt?.toISOString() ?? null,
      // A hidden source is not there for this viewer, not even as an id a verdict cites.
      sourceIds: v.sources.filter((s) => canSeeSource(actor, s.source)).map((s) => s.sourceId),
      approvals: v.approvals.map((a) => ({ approver: a.approver, at: a.createdAt.toISOString() })),
    })),
    comments: row.comments.map((c) => ({
      id: c.id,
      body: c.body,
      author: c.author,
      createdAt: c.createdAt.toISOString(),
    })),
    allowedTransitions: spiked ? [] : listAllowedTargets(workflow),
    /** Why this reviewer may not approve the verdict in review (they proposed it, …). */
    approvalRefusal: spiked ? null : explainApprovalRefusal(workflow),
    /** Set when nothing about the claim may change (its article is spiked): the reason to show. */
    readOnlyReason: spiked ? spikedReason(can(actor, "article.archive")) : null,
    can: {
      // Mirrors addSource / updateSource / removeSource: the assignee or a manager.
      manageSources: sourceChange.ok,
      /** Why this viewer may not change the sources, when fact-checkers in general may. */
      manageSourcesRefusal:
        !spiked && !sourceChange.ok && can(actor, "source.manage") ? sourceChange.reason : null,
      unflagSensitive: can(actor, "source.unflag_sensitive", ctx),
      // Mirrors proposeVerdict: a checker proposes only on claims assigned to them.
      proposeVerdict:
        can(actor, "verdict.propose", ctx) && (actor.role !== "CHECKER" || claim.assigneeId === actor.id),
      comment: can(actor, "comment.add", ctx),
      // Mirrors reconfirmVerdict: a stale verdict, re-confirmed by an approver not its proposer.
      reconfirm: reconfirmDecision?.ok === true && can(actor, "verdict.reconfirm", ctx),
      /** Why this viewer may not re-confirm the stale verdict, when it could be re-confirmed. */
      reconfirmRefusal:
        !spiked && reconfirmDecision && !reconfirmDecision.ok && can(actor, "verdict.reconfirm")
          ? reconfirmDecision.message
          : null,
      assign: can(actor, "claim.assign", ctx),
    },
  };
}

export type ClaimDetail = Awaited<ReturnType<typeof getClaimDetail>>;
