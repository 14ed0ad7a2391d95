// Stale checks: a claim keeps the words its approved verdict checked (`checkedQuote`), and
// when its words now read otherwise an approver may re-confirm that verdict for the new
// words instead of redoing the whole check. Who may, and when, is decided here.
import { authorize, type Role } from "@/lib/domain/permissions";
import type { ClaimStatus } from "@/lib/domain/workflow/claim-workflow";

/**
 * The reason the system gives when it reopens a verified claim whose words changed. A
 * claim reopened for this reason alone may have its verdict re-confirmed for the new words.
 */
export const TEXT_CHANGED_REASON = "text changed after verification";

/** Whether the words a claim's verdict checked differ from the words it reads now. */
export function isStale(claim: { quote: string; checkedQuote: string | null }): boolean {
  return claim.checkedQuote !== null && claim.checkedQuote !== claim.quote;
}

export interface ReconfirmContext {
  claim: {
    status: ClaimStatus;
    orphaned: boolean;
    quote: string;
    checkedQuote: string | null;
    statusReason: string | null;
  };
  /** The claim's current verdict (its latest approved one), if any. */
  verdict: { proposedById: string } | null;
  /** A newer verdict is proposed and not yet decided. */
  hasOpenProposal: boolean;
  actor: { id: string; role: Role };
}

export type ReconfirmDecision =
  | { ok: true; nextStatus: "VERIFIED" }
  | { ok: false; code: "forbidden" | "conflict" | "quote_changed"; message: string };

/**
 * Whether this actor may re-confirm the claim's verdict for `seenQuote` (the words they
 * were shown). The same people who approve verdicts may (fact-checkers and managers,
 * "verdict.reconfirm"), never the verdict's proposer (four-eyes, as for approving). It is
 * possible while the verdict stands for the claim: the claim is verified with changed words
 * (re-attached elsewhere), or it was reopened by the system only because its words changed
 * and nobody has proposed a new verdict since. A claim reopened by a person, for a reason of
 * their own, needs a new check.
 */
export function decideReconfirmation(ctx: ReconfirmContext, seenQuote: string): ReconfirmDecision {
  const { claim, verdict, actor } = ctx;
  const allowed = authorize(actor, "verdict.reconfirm");
  if (!allowed.ok) return { ok: false, code: "forbidden", message: allowed.reason };
  if (!verdict || claim.checkedQuote === null) {
    return conflict("This claim has no approved verdict to re-confirm.");
  }
  if (verdict.proposedById === actor.id) {
    return {
      ok: false,
      code: "forbidden",
      message: "You proposed this verdict, so another reviewer must re-confirm it for the new words.",
    };
  }
  if (claim.orphaned) return conflict("Re-attach the claim to the text before re-confirming its verdict.");
  if (claim.quote !== seenQuote) {
    return {
      ok: false,
      code: "quote_changed",
      message:
        "The claim's words changed again since you read them. Read the current words and re-confirm those.",
    };
  }
  if (claim.status === "VERIFIED") {
    return isStale(claim)
      ? { ok: true, nextStatus: "VERIFIED" }
      : conflict("The verdict already stands for these exact words: there is nothing to re-confirm.");
  }
  if (ctx.hasOpenProposal) {
    return conflict("A new verdict has been proposed for this claim: approve or send back that one instead.");
  }
  if (claim.status === "RESEARCHING" && claim.statusReason === TEXT_CHANGED_REASON) {
    return { ok: true, nextStatus: "VERIFIED" };
  }
  return conflict(
    "Only a verified claim, or one reopened because its words changed, can have its verdict re-confirmed.",
  );
}

/** Whether the claim offers a re-confirmation at all, whoever asks (the notice's button). */
export function canOfferReconfirmation(ctx: Omit<ReconfirmContext, "actor">): boolean {
  const { claim } = ctx;
  if (!ctx.verdict || claim.checkedQuote === null || claim.orphaned) return false;
  if (claim.status === "VERIFIED") return isStale(claim);
  return !ctx.hasOpenProposal && claim.status === "RESEARCHING" && claim.statusReason === TEXT_CHANGED_REASON;
}

const conflict = (message: string): ReconfirmDecision => ({ ok: false, code: "conflict", message });
