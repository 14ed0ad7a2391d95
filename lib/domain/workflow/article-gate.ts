// The article's publication gate: who may request a check, withdraw it, clear the article
// or reopen it, and which claims still stand in the way of clearing.
import type { Role } from "@/lib/domain/permissions";
import { ARTICLE_STATUS_LABEL } from "@/lib/domain/claims/claim-status";
import { claimStatusLabel, type ClaimStatus } from "@/lib/domain/workflow/claim-workflow";

export type ArticleStatus = "DRAFT" | "IN_CHECK" | "CLEARED";
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ["DRAFT", "IN_CHECK", "CLEARED"];

export interface GateClaim {
  id: string;
  status: ClaimStatus;
  orphaned: boolean;
  quote: string;
  /** A correction of this claim waits for its public note. */
  needsCorrectionNote?: boolean;
}

export type GateDecision =
  | { ok: true; nextStatus: ArticleStatus }
  | { ok: false; code: "illegal_transition"; message: string; allowed: ArticleStatus[] }
  | { ok: false; code: "forbidden"; message: string }
  | {
      ok: false;
      code: "claims_unresolved";
      message: string;
      blocking: { id: string; quote: string; why: string }[];
    };

type GateActor = { id: string; role: Role };

interface GateMove {
  from: ArticleStatus;
  to: ArticleStatus;
  roles: readonly Role[];
  denial: string;
}

export const ARTICLE_TRANSITIONS: readonly GateMove[] = [
  {
    from: "DRAFT",
    to: "IN_CHECK",
    roles: ["EDITOR", "MANAGER"],
    denial: "Only editors and managers ask for an article to be checked.",
  },
  {
    from: "IN_CHECK",
    to: "DRAFT",
    roles: ["EDITOR", "MANAGER"],
    denial: "Only editors and managers withdraw an article from checking.",
  },
  { from: "IN_CHECK", to: "CLEARED", roles: ["MANAGER"], denial: "Only managers clear articles." },
  { from: "CLEARED", to: "IN_CHECK", roles: ["MANAGER"], denial: "Only managers reopen a cleared article." },
];

const articleStatusLabel = (status: ArticleStatus): string => ARTICLE_STATUS_LABEL[status] ?? status;

const NOTE_NEEDED = "Correction note needed";

/**
 * Claims that keep an article from being cleared, with the reason shown to people. A
 * dismissed claim needs no text, so dismissing is one way to settle an orphaned claim
 * (DESIGN.md: orphaned "until someone re-anchors or dismisses it").
 */
export function blockingClaims(claims: GateClaim[]): { id: string; quote: string; why: string }[] {
  const blocking: { id: string; quote: string; why: string }[] = [];
  for (const claim of claims) {
    if (claim.needsCorrectionNote) {
      blocking.push({ id: claim.id, quote: claim.quote, why: NOTE_NEEDED });
      continue;
    }
    if (claim.status === "DISMISSED") continue;
    if (claim.orphaned) blocking.push({ id: claim.id, quote: claim.quote, why: "Orphaned" });
    else if (claim.status !== "VERIFIED") {
      blocking.push({ id: claim.id, quote: claim.quote, why: claimStatusLabel(claim.status) });
    }
  }
  return blocking;
}

function describeBlocking(blocking: { why: string }[]): string {
  const notes = blocking.filter((b) => b.why === NOTE_NEEDED).length;
  const unsettled = blocking.length - notes;
  const count = unsettled === 1 ? "1 claim is" : `${unsettled} claims are`;
  const corrections = notes === 1 ? "a correction needs" : `${notes} corrections need`;
  if (notes === 0) return `${count} not verified or dismissed yet, so the article cannot be cleared.`;
  if (unsettled === 0) return `${capitalise(corrections)} a public note before the article can be cleared.`;
  return `${count} not verified or dismissed yet and ${corrections} a public note, so the article cannot be cleared.`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function decideMove(move: GateMove, actor: GateActor, claims: GateClaim[]): GateDecision {
  if (!move.roles.includes(actor.role)) return { ok: false, code: "forbidden", message: move.denial };
  if (move.to === "CLEARED") {
    const blocking = blockingClaims(claims);
    if (blocking.length > 0) {
      return { ok: false, code: "claims_unresolved", message: describeBlocking(blocking), blocking };
    }
  }
  return { ok: true, nextStatus: move.to };
}

function allowedFor(status: ArticleStatus, actor: GateActor, claims: GateClaim[]): ArticleStatus[] {
  return ARTICLE_TRANSITIONS.filter((m) => m.from === status && decideMove(m, actor, claims).ok).map(
    (m) => m.to,
  );
}

export function decideArticleTransition(input: {
  status: ArticleStatus;
  to: ArticleStatus;
  actor: GateActor;
  claims: GateClaim[];
}): GateDecision {
  const { status, to, actor, claims } = input;
  const move = ARTICLE_TRANSITIONS.find((m) => m.from === status && m.to === to);
  if (move) return decideMove(move, actor, claims);
  const allowed = allowedFor(status, actor, claims);
  const list = allowed.length > 0 ? allowed.map(articleStatusLabel).join(", ") : "none";
  return {
    ok: false,
    code: "illegal_transition",
    message: `Cannot move an article from ${articleStatusLabel(status)} to ${articleStatusLabel(to)}. Allowed from here for you: ${list}.`,
    allowed,
  };
}

/** Targets the actor may move the article to now (clearing only when no claim blocks it). */
export function listAllowedArticleTargets(input: {
  status: ArticleStatus;
  actor: GateActor;
  claims: GateClaim[];
}): ArticleStatus[] {
  return allowedFor(input.status, input.actor, input.claims);
}

/** A cleared article whose claim text changes must be checked again before publication. */
export function shouldReturnToCheck(status: ArticleStatus, claimTextChanged: boolean): boolean {
  return status === "CLEARED" && claimTextChanged;
}
