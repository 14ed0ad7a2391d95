// The claim lifecycle as a pure state machine. Every use case that moves a claim asks
// decideTransition first, so the rules (roles, four-eyes, the assignee, what a verdict
// needs) live in one place and the UI can ask listAllowedTargets for the same answer.
import type { Role } from "@/lib/domain/permissions";
import { CLAIM_STATUSES, CLAIM_STATUS_LABEL } from "@/lib/domain/claims/claim-status";

export type ClaimStatus = "OPEN" | "RESEARCHING" | "IN_REVIEW" | "VERIFIED" | "DISMISSED";
export type Transition =
  "assign" | "pick_up" | "submit" | "send_back" | "approve" | "dismiss" | "restore" | "reopen";

export interface WorkflowClaim {
  status: ClaimStatus;
  orphaned: boolean;
  assigneeId: string | null;
}

/** The claim's current verdict proposal (latest, state PROPOSED), if any. */
export interface WorkflowProposal {
  proposedById: string;
  /** Approvals already recorded on it. */
  approverIds: string[];
  rationale: string;
  ratingRetired: boolean;
  /** False for "Unverifiable". */
  ratingRequiresSources: boolean;
  /** Sources the proposal cites. */
  sourceCount: number;
}

export interface TransitionRequest {
  to: ClaimStatus;
  /** dismiss, reopen */
  reason?: string;
  /** send_back */
  comment?: string;
  /** assign (manager); a checker's pick-up omits it or names themself. */
  assigneeId?: string;
}

export interface WorkflowContext {
  claim: WorkflowClaim;
  /** "system" only ever reopens (text changed after verification). */
  actor: { id: string; role: Role } | "system";
  proposal: WorkflowProposal | null;
  approvalsRequired: 1 | 2;
}

export type TransitionDecision =
  | { ok: true; transition: Transition; nextStatus: ClaimStatus }
  | { ok: false; code: "illegal_transition"; message: string; allowed: ClaimStatus[] }
  | { ok: false; code: "forbidden"; message: string }
  | { ok: false; code: "validation"; message: string; issues: { path: string; message: string }[] };

type Issue = { path: string; message: string };

export const TRANSITIONS: readonly { from: ClaimStatus; to: ClaimStatus; transition: Transition }[] = [
  { from: "OPEN", to: "RESEARCHING", transition: "assign" },
  { from: "OPEN", to: "RESEARCHING", transition: "pick_up" },
  { from: "OPEN", to: "DISMISSED", transition: "dismiss" },
  { from: "DISMISSED", to: "OPEN", transition: "restore" },
  { from: "RESEARCHING", to: "IN_REVIEW", transition: "submit" },
  { from: "IN_REVIEW", to: "RESEARCHING", transition: "send_back" },
  { from: "IN_REVIEW", to: "VERIFIED", transition: "approve" },
  { from: "VERIFIED", to: "RESEARCHING", transition: "reopen" },
];

export const ORPHANED_ISSUE: Issue = { path: "claim", message: "Re-attach the claim to the text first." };

const forbidden = (message: string): TransitionDecision => ({ ok: false, code: "forbidden", message });

// Collected issues become one decision, so a form can show every missing field at once.
function outcome(transition: Transition, nextStatus: ClaimStatus, issues: Issue[]): TransitionDecision {
  if (issues.length === 0) return { ok: true, transition, nextStatus };
  return { ok: false, code: "validation", message: issues.map((i) => i.message).join(" "), issues };
}

// Reasons and comments are stored for people to read, so whitespace alone does not count.
function requireText(value: string | undefined, path: string, message: string): Issue[] {
  return value !== undefined && value.trim().length > 0 ? [] : [{ path, message }];
}

/** What a verdict proposal lacks before it may go to review (or be approved). */
export function proposalIssues(proposal: WorkflowProposal | null): Issue[] {
  if (!proposal) return [{ path: "verdict", message: "Propose a verdict first." }];
  const issues: Issue[] = [];
  if (proposal.rationale.trim().length === 0) {
    issues.push({ path: "rationale", message: "Write the rationale for this rating." });
  }
  if (proposal.ratingRetired) {
    issues.push({ path: "rating", message: "This rating has been retired; choose a current one." });
  }
  if (proposal.ratingRequiresSources && proposal.sourceCount < 1) {
    issues.push({ path: "sourceIds", message: "Cite at least one source, or rate the claim Unverifiable." });
  }
  return issues;
}

const orphanIssues = (claim: WorkflowClaim): Issue[] => (claim.orphaned ? [ORPHANED_ISSUE] : []);

// OPEN→RESEARCHING is one arrow with two names: taking the claim yourself, or a manager
// handing it to someone else. The audit trail records which one happened.
function transitionFor(ctx: WorkflowContext, request: TransitionRequest): Transition | null {
  const found = TRANSITIONS.find((t) => t.from === ctx.claim.status && t.to === request.to);
  if (!found) return null;
  if (found.transition !== "assign" && found.transition !== "pick_up") return found.transition;
  const forSelf =
    request.assigneeId === undefined || (ctx.actor !== "system" && request.assigneeId === ctx.actor.id);
  return forSelf ? "pick_up" : "assign";
}

function decideMove(
  transition: Transition,
  ctx: WorkflowContext,
  req: TransitionRequest,
): TransitionDecision {
  const { actor, claim, proposal } = ctx;
  if (actor === "system") {
    if (transition !== "reopen")
      return forbidden("The system only reopens verified claims whose text changed.");
    return outcome(
      "reopen",
      "RESEARCHING",
      requireText(req.reason, "reason", "Say why the claim is reopened."),
    );
  }
  const { role } = actor;
  switch (transition) {
    case "pick_up":
      if (role === "EDITOR") return forbidden("Only fact-checkers and managers pick up claims.");
      return outcome("pick_up", "RESEARCHING", []);
    case "assign":
      if (role !== "MANAGER") return forbidden("Only managers assign claims to others.");
      return outcome("assign", "RESEARCHING", []);
    case "submit":
      if (role === "EDITOR") return forbidden("Only fact-checkers and managers submit verdicts for review.");
      if (role === "CHECKER" && claim.assigneeId !== actor.id) {
        return forbidden("Only the assigned fact-checker or a manager can submit this claim for review.");
      }
      return outcome("submit", "IN_REVIEW", [...orphanIssues(claim), ...proposalIssues(proposal)]);
    case "send_back":
      if (role === "EDITOR") return forbidden("Only fact-checkers and managers review verdicts.");
      if (proposal?.proposedById === actor.id) {
        return forbidden("You proposed this verdict, so another reviewer must send it back.");
      }
      return outcome(
        "send_back",
        "RESEARCHING",
        requireText(req.comment, "comment", "Say what needs another look."),
      );
    case "approve":
      return decideApproval(ctx, actor);
    case "dismiss":
      if (role === "CHECKER") return forbidden("Only editors and managers dismiss claims.");
      return outcome(
        "dismiss",
        "DISMISSED",
        requireText(req.reason, "reason", "Say why this claim is dismissed."),
      );
    case "restore":
      if (role === "CHECKER") return forbidden("Only editors and managers restore dismissed claims.");
      return outcome("restore", "OPEN", []);
    case "reopen":
      if (role !== "MANAGER") return forbidden("Only managers reopen verified claims.");
      return outcome(
        "reopen",
        "RESEARCHING",
        requireText(req.reason, "reason", "Say why the claim is reopened."),
      );
  }
}

function decideApproval(ctx: WorkflowContext, actor: { id: string; role: Role }): TransitionDecision {
  const { claim, proposal } = ctx;
  if (actor.role === "EDITOR") return forbidden("Only fact-checkers and managers approve verdicts.");
  // Four-eyes: the person who proposed a verdict never counts as its reviewer.
  if (proposal?.proposedById === actor.id) {
    return forbidden("Nobody approves a verdict they proposed; another reviewer must approve it.");
  }
  if (proposal?.approverIds.includes(actor.id)) return forbidden("You have already approved this verdict.");
  // The same bar as submit: a verdict must never be verified without what it needs.
  const issues = [...orphanIssues(claim), ...proposalIssues(proposal)];
  if (!proposal || issues.length > 0) return outcome("approve", "VERIFIED", issues);
  // Only distinct approvers other than the proposer count towards the panel.
  const earlier = new Set(proposal.approverIds.filter((id) => id !== proposal.proposedById)).size;
  return outcome("approve", earlier + 1 >= ctx.approvalsRequired ? "VERIFIED" : "IN_REVIEW", []);
}

// Placeholders stand in for the reason and comment a person would type, so the list says
// what is possible once the text is written.
const FILLED_IN = { reason: "reason", comment: "comment" } as const;

// Only targets with an arrow from here are tried, so an illegal request's allowed list
// never recurses back into the illegal branch.
function allowedFor(ctx: WorkflowContext): ClaimStatus[] {
  const reachable = new Set(TRANSITIONS.filter((t) => t.from === ctx.claim.status).map((t) => t.to));
  return CLAIM_STATUSES.filter((to) => reachable.has(to) && decideTransition(ctx, { ...FILLED_IN, to }).ok);
}

export const claimStatusLabel = (status: ClaimStatus): string => CLAIM_STATUS_LABEL[status] ?? status;

export function decideTransition(ctx: WorkflowContext, request: TransitionRequest): TransitionDecision {
  const transition = transitionFor(ctx, request);
  if (transition) return decideMove(transition, ctx, request);
  const allowed = allowedFor(ctx);
  const list = allowed.length > 0 ? allowed.map(claimStatusLabel).join(", ") : "none";
  return {
    ok: false,
    code: "illegal_transition",
    message: `Cannot move a claim from ${claimStatusLabel(ctx.claim.status)} to ${claimStatusLabel(request.to)}. Allowed from here for you: ${list}.`,
    allowed,
  };
}

/**
 * Why this reviewer cannot approve the verdict in review, when their role reviews at all:
 * they proposed it, or already approved it. Null when they can, or when approving is not
 * theirs to do (an editor), so the card can say it instead of just hiding the button.
 */
export function explainApprovalRefusal(
  ctx: Omit<WorkflowContext, "actor"> & { actor: { id: string; role: Role } },
): string | null {
  if (ctx.claim.status !== "IN_REVIEW" || ctx.actor.role === "EDITOR") return null;
  const decision = decideApproval(ctx, ctx.actor);
  return !decision.ok && decision.code === "forbidden" ? decision.message : null;
}

export function listAllowedTargets(
  ctx: Omit<WorkflowContext, "actor"> & { actor: { id: string; role: Role } },
): ClaimStatus[] {
  return allowedFor(ctx);
}
