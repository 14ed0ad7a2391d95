import { describe, expect, it } from "vitest";
import {
  blockingClaims,
  decideArticleTransition,
  listAllowedArticleTargets,
  shouldReturnToCheck,
  type ArticleStatus,
  type GateClaim,
  type GateDecision,
} from "./article-gate";
import type { Role } from "@/lib/domain/permissions";

const actor = (role: Role) => ({ id: `user-${role}`, role });
const claim = (id: string, status: GateClaim["status"], orphaned = false): GateClaim => ({
  id,
  status,
  orphaned,
  quote: `quote ${id}`,
});
const RESOLVED = [claim("a", "VERIFIED"), claim("b", "DISMISSED")];

const summary = (d: GateDecision): string => (d.ok ? `ok:${d.nextStatus}` : d.code);

// Every status × target × role, with all claims resolved: only roles and arrows decide.
const I = "illegal_transition";
const F = "forbidden";
const TABLE: [ArticleStatus, ArticleStatus, [string, string, string]][] = [
  // columns: EDITOR, CHECKER, MANAGER
  ["DRAFT", "DRAFT", [I, I, I]],
  ["DRAFT", "IN_CHECK", ["ok:IN_CHECK", F, "ok:IN_CHECK"]],
  ["DRAFT", "CLEARED", [I, I, I]],
  ["IN_CHECK", "DRAFT", ["ok:DRAFT", F, "ok:DRAFT"]],
  ["IN_CHECK", "IN_CHECK", [I, I, I]],
  ["IN_CHECK", "CLEARED", [F, F, "ok:CLEARED"]],
  ["CLEARED", "DRAFT", [I, I, I]],
  ["CLEARED", "IN_CHECK", [F, F, "ok:IN_CHECK"]],
  ["CLEARED", "CLEARED", [I, I, I]],
];
const ROLE_COLUMNS: Role[] = ["EDITOR", "CHECKER", "MANAGER"];
const CASES = TABLE.flatMap(([from, to, outcomes]) =>
  ROLE_COLUMNS.map((role, i) => [from, to, role, outcomes[i] ?? "missing"] as const),
);

describe("decideArticleTransition", () => {
  it("the table covers every pair for every role", () => {
    expect(CASES).toHaveLength(27);
  });

  it.each(CASES)("%s → %s by %s: %s", (status, to, role, expected) => {
    expect(summary(decideArticleTransition({ status, to, actor: actor(role), claims: RESOLVED }))).toBe(
      expected,
    );
  });

  it("clears an article with no claims", () => {
    const d = decideArticleTransition({
      status: "IN_CHECK",
      to: "CLEARED",
      actor: actor("MANAGER"),
      claims: [],
    });
    expect(d).toEqual({ ok: true, nextStatus: "CLEARED" });
  });

  it("lists every claim that blocks clearing, with why", () => {
    const claims = [
      claim("1", "OPEN"),
      claim("2", "RESEARCHING"),
      claim("3", "IN_REVIEW"),
      claim("4", "VERIFIED"),
      claim("5", "VERIFIED", true),
      claim("6", "DISMISSED"),
      claim("7", "OPEN", true),
    ];
    expect(
      decideArticleTransition({ status: "IN_CHECK", to: "CLEARED", actor: actor("MANAGER"), claims }),
    ).toEqual({
      ok: false,
      code: "claims_unresolved",
      message: "5 claims are not verified or dismissed yet, so the article cannot be cleared.",
      blocking: [
        { id: "1", quote: "quote 1", why: "Open" },
        { id: "2", quote: "quote 2", why: "Researching" },
        { id: "3", quote: "quote 3", why: "In review" },
        { id: "5", quote: "quote 5", why: "Orphaned" },
        { id: "7", quote: "quote 7", why: "Orphaned" },
      ],
    });
  });

  it("says 1 claim in the singular", () => {
    const d = decideArticleTransition({
      status: "IN_CHECK",
      to: "CLEARED",
      actor: actor("MANAGER"),
      claims: [claim("x", "IN_REVIEW")],
    });
    expect(d.ok ? "" : d.message).toBe(
      "1 claim is not verified or dismissed yet, so the article cannot be cleared.",
    );
  });

  it("refuses a non-manager before looking at the claims", () => {
    const d = decideArticleTransition({
      status: "IN_CHECK",
      to: "CLEARED",
      actor: actor("EDITOR"),
      claims: [claim("x", "OPEN")],
    });
    expect(d).toEqual({ ok: false, code: "forbidden", message: "Only managers clear articles." });
  });

  it("names the statuses and the allowed moves on an illegal request", () => {
    const d = decideArticleTransition({ status: "DRAFT", to: "CLEARED", actor: actor("EDITOR"), claims: [] });
    expect(d).toEqual({
      ok: false,
      code: "illegal_transition",
      message: "Cannot move an article from Draft to Cleared. Allowed from here for you: In check.",
      allowed: ["IN_CHECK"],
    });
  });

  it('says "none" for a checker', () => {
    const d = decideArticleTransition({
      status: "CLEARED",
      to: "DRAFT",
      actor: actor("CHECKER"),
      claims: [],
    });
    expect(d.ok ? "" : d.message).toBe(
      "Cannot move an article from Cleared to Draft. Allowed from here for you: none.",
    );
  });
});

describe("listAllowedArticleTargets", () => {
  it.each([
    ["DRAFT", "EDITOR", RESOLVED, ["IN_CHECK"]],
    ["DRAFT", "CHECKER", RESOLVED, []],
    ["IN_CHECK", "EDITOR", RESOLVED, ["DRAFT"]],
    ["IN_CHECK", "MANAGER", RESOLVED, ["DRAFT", "CLEARED"]],
    ["IN_CHECK", "MANAGER", [claim("x", "OPEN")], ["DRAFT"]],
    ["IN_CHECK", "MANAGER", [claim("x", "VERIFIED", true)], ["DRAFT"]],
    ["CLEARED", "EDITOR", RESOLVED, []],
    ["CLEARED", "MANAGER", RESOLVED, ["IN_CHECK"]],
  ] as const)("%s by %s with claims %j → %j", (status, role, claims, expected) => {
    expect(listAllowedArticleTargets({ status, actor: actor(role), claims: [...claims] })).toEqual(expected);
  });
});

describe("blockingClaims", () => {
  it("lets a dismissed orphan through: dismissing settles an orphaned claim", () => {
    expect(blockingClaims([claim("d", "DISMISSED", true)])).toEqual([]);
  });
});

describe("shouldReturnToCheck", () => {
  it.each([
    ["CLEARED", true, true],
    ["CLEARED", false, false],
    ["IN_CHECK", true, false],
    ["DRAFT", true, false],
  ] as const)("%s with text changed %s → %s", (status, changed, expected) => {
    expect(shouldReturnToCheck(status, changed)).toBe(expected);
  });
});

describe("corrections waiting for their public note", () => {
  const manager = { id: "m", role: "MANAGER" as const };
  const settled = { id: "c1", status: "VERIFIED" as const, orphaned: false, quote: "11 days" };

  it("keep a cleared-before article from being cleared again, naming the claim", () => {
    const decision = decideArticleTransition({
      status: "IN_CHECK",
      to: "CLEARED",
      actor: manager,
      claims: [{ ...settled, needsCorrectionNote: true }],
    });
    expect(decision).toEqual({
      ok: false,
      code: "claims_unresolved",
      message: "A correction needs a public note before the article can be cleared.",
      blocking: [{ id: "c1", quote: "11 days", why: "Correction note needed" }],
    });
  });

  it("are listed beside unsettled claims", () => {
    const decision = decideArticleTransition({
      status: "IN_CHECK",
      to: "CLEARED",
      actor: manager,
      claims: [
        { ...settled, status: "DISMISSED", needsCorrectionNote: true },
        { id: "c2", status: "OPEN", orphaned: false, quote: "13" },
      ],
    });
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.message).toBe(
      "1 claim is not verified or dismissed yet and a correction needs a public note, so the article cannot be cleared.",
    );
  });
});
