import { describe, expect, it } from "vitest";
import { decideTransition } from "@/lib/domain/workflow/claim-workflow";
import {
  TEXT_CHANGED_REASON,
  canOfferReconfirmation,
  decideReconfirmation,
  isStale,
  type ReconfirmContext,
  type ReconfirmDecision,
} from "./reconfirm";

const CHECKED = "in just 11 days";
const NOW = "in about ten days";

function ctx(overrides: Partial<ReconfirmContext["claim"]> = {}, rest: Partial<ReconfirmContext> = {}) {
  return {
    claim: {
      status: "VERIFIED",
      orphaned: false,
      quote: NOW,
      checkedQuote: CHECKED,
      statusReason: null,
      ...overrides,
    },
    verdict: { proposedById: "checker-1" },
    hasOpenProposal: false,
    actor: { id: "manager-1", role: "MANAGER" },
    ...rest,
  } satisfies ReconfirmContext;
}

/** A refusal's message ("" when it was allowed, which the test then fails on). */
const messageOf = (decision: ReconfirmDecision): string => (decision.ok ? "" : decision.message);

describe("isStale", () => {
  it("is stale only when checked words exist and differ from the current ones", () => {
    expect(isStale({ quote: NOW, checkedQuote: CHECKED })).toBe(true);
    expect(isStale({ quote: CHECKED, checkedQuote: CHECKED })).toBe(false);
    expect(isStale({ quote: NOW, checkedQuote: null })).toBe(false);
  });

  it("counts a change of case or spacing as a change (the exact words were checked)", () => {
    expect(isStale({ quote: "In just 11 days", checkedQuote: CHECKED })).toBe(true);
    expect(isStale({ quote: "in just 11  days", checkedQuote: CHECKED })).toBe(true);
  });
});

describe("decideReconfirmation", () => {
  it("lets another reviewer re-confirm a verified claim whose words changed", () => {
    expect(decideReconfirmation(ctx(), NOW)).toEqual({ ok: true, nextStatus: "VERIFIED" });
    const checker = ctx({}, { actor: { id: "checker-2", role: "CHECKER" } });
    expect(decideReconfirmation(checker, NOW)).toEqual({ ok: true, nextStatus: "VERIFIED" });
  });

  it("restores a claim the system reopened because its words changed", () => {
    const reopened = ctx({ status: "RESEARCHING", statusReason: TEXT_CHANGED_REASON });
    expect(decideReconfirmation(reopened, NOW)).toEqual({ ok: true, nextStatus: "VERIFIED" });
    expect(canOfferReconfirmation(reopened)).toBe(true);
  });

  it("refuses editors, and the verdict's own proposer (four-eyes, as for approving)", () => {
    const editor = decideReconfirmation(ctx({}, { actor: { id: "e", role: "EDITOR" } }), NOW);
    expect(editor).toMatchObject({ ok: false, code: "forbidden" });
    const proposer = decideReconfirmation(ctx({}, { actor: { id: "checker-1", role: "CHECKER" } }), NOW);
    expect(proposer).toMatchObject({ ok: false, code: "forbidden" });
    expect(messageOf(proposer)).toMatch(/proposed/);
    // The same rule as approving: the proposer may not approve the verdict either.
    const approving = decideTransition(
      {
        claim: { status: "IN_REVIEW", orphaned: false, assigneeId: "checker-1" },
        actor: { id: "checker-1", role: "CHECKER" },
        proposal: {
          proposedById: "checker-1",
          approverIds: [],
          rationale: "r",
          ratingRetired: false,
          ratingRequiresSources: false,
          sourceCount: 0,
        },
        approvalsRequired: 1,
      },
      { to: "VERIFIED" },
    );
    expect(approving).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("answers quote_changed when the words changed again since the reviewer read them", () => {
    expect(decideReconfirmation(ctx(), "in ten days")).toMatchObject({ ok: false, code: "quote_changed" });
  });

  it("says there is nothing to re-confirm when the verdict already stands for these words", () => {
    const current = ctx({ checkedQuote: NOW });
    expect(decideReconfirmation(current, NOW)).toMatchObject({ ok: false, code: "conflict" });
    expect(messageOf(decideReconfirmation(current, NOW))).toMatch(/already stands/);
    expect(canOfferReconfirmation(current)).toBe(false);
  });

  it("refuses a claim reopened by a person, a claim with a new proposal, an orphaned or never-approved one", () => {
    const manual = ctx({ status: "RESEARCHING", statusReason: "the source was retracted" });
    expect(decideReconfirmation(manual, NOW)).toMatchObject({ ok: false, code: "conflict" });
    expect(canOfferReconfirmation(manual)).toBe(false);

    const proposed = ctx(
      { status: "RESEARCHING", statusReason: TEXT_CHANGED_REASON },
      { hasOpenProposal: true },
    );
    expect(messageOf(decideReconfirmation(proposed, NOW))).toMatch(/new verdict/);
    const inReview = ctx(
      { status: "IN_REVIEW", statusReason: TEXT_CHANGED_REASON },
      { hasOpenProposal: true },
    );
    expect(canOfferReconfirmation(inReview)).toBe(false);

    const orphaned = ctx({ orphaned: true });
    expect(messageOf(decideReconfirmation(orphaned, NOW))).toMatch(/Re-attach/);
    expect(canOfferReconfirmation(orphaned)).toBe(false);

    const never = ctx({ checkedQuote: null }, { verdict: null });
    expect(decideReconfirmation(never, NOW)).toMatchObject({ ok: false, code: "conflict" });
  });
});
