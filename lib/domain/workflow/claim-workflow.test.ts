import { describe, expect, it } from "vitest";
import {
  TRANSITIONS,
  decideTransition,
  explainApprovalRefusal,
  listAllowedTargets,
  type ClaimStatus,
  type TransitionDecision,
  type WorkflowContext,
  type WorkflowProposal,
} from "./claim-workflow";

const EDITOR = { id: "editor", role: "EDITOR" } as const;
const ASSIGNEE = { id: "checker-assignee", role: "CHECKER" } as const;
const OTHER_CHECKER = { id: "checker-other", role: "CHECKER" } as const;
const MANAGER = { id: "manager", role: "MANAGER" } as const;
const MANAGER_PROPOSER = { id: "manager-proposer", role: "MANAGER" } as const;
type Person = { id: string; role: "EDITOR" | "CHECKER" | "MANAGER" };

const proposal = (over: Partial<WorkflowProposal> = {}): WorkflowProposal => ({
  proposedById: ASSIGNEE.id,
  approverIds: [],
  rationale: "The figures add up to exactly 113.",
  ratingRetired: false,
  ratingRequiresSources: true,
  sourceCount: 2,
  ...over,
});

// Generic in the actor so a context built for a person also fits listAllowedTargets.
const ctx = <A extends WorkflowContext["actor"]>(
  status: ClaimStatus,
  actor: A,
  over: Partial<Omit<WorkflowContext, "actor">> = {},
): Omit<WorkflowContext, "actor"> & { actor: A } => ({
  claim: { status, orphaned: false, assigneeId: status === "OPEN" ? null : ASSIGNEE.id },
  proposal: proposal(),
  approvalsRequired: 1,
  ...over,
  actor,
});

/** A short, comparable form of a decision: "ok:<transition>:<next>" or the failure code. */
const summary = (d: TransitionDecision): string => (d.ok ? `ok:${d.transition}:${d.nextStatus}` : d.code);

// Columns: editor, checker (assignee), checker (not assignee), manager, manager who proposed.
// In each row the verdict was proposed by the assigned checker, except in the last column,
// where the manager in that column proposed it. Reason and comment are filled in.
type Row = [ClaimStatus, ClaimStatus, [string, string, string, string, string]];
const I = "illegal_transition";
const F = "forbidden";
const PICK = "ok:pick_up:RESEARCHING";
const DISMISS = "ok:dismiss:DISMISSED";
const SUBMIT = "ok:submit:IN_REVIEW";
const SEND_BACK = "ok:send_back:RESEARCHING";
const APPROVE = "ok:approve:VERIFIED";
const REOPEN = "ok:reopen:RESEARCHING";
const RESTORE = "ok:restore:OPEN";
const MATRIX: Row[] = [
  ["OPEN", "OPEN", [I, I, I, I, I]],
  ["OPEN", "RESEARCHING", [F, PICK, PICK, PICK, PICK]],
  ["OPEN", "IN_REVIEW", [I, I, I, I, I]],
  ["OPEN", "VERIFIED", [I, I, I, I, I]],
  ["OPEN", "DISMISSED", [DISMISS, F, F, DISMISS, DISMISS]],
  ["RESEARCHING", "OPEN", [I, I, I, I, I]],
  ["RESEARCHING", "RESEARCHING", [I, I, I, I, I]],
  ["RESEARCHING", "IN_REVIEW", [F, SUBMIT, F, SUBMIT, SUBMIT]],
  ["RESEARCHING", "VERIFIED", [I, I, I, I, I]],
  ["RESEARCHING", "DISMISSED", [I, I, I, I, I]],
  ["IN_REVIEW", "OPEN", [I, I, I, I, I]],
  ["IN_REVIEW", "RESEARCHING", [F, F, SEND_BACK, SEND_BACK, F]],
  ["IN_REVIEW", "IN_REVIEW", [I, I, I, I, I]],
  ["IN_REVIEW", "VERIFIED", [F, F, APPROVE, APPROVE, F]],
  ["IN_REVIEW", "DISMISSED", [I, I, I, I, I]],
  ["VERIFIED", "OPEN", [I, I, I, I, I]],
  ["VERIFIED", "RESEARCHING", [F, F, F, REOPEN, REOPEN]],
  ["VERIFIED", "IN_REVIEW", [I, I, I, I, I]],
  ["VERIFIED", "VERIFIED", [I, I, I, I, I]],
  ["VERIFIED", "DISMISSED", [I, I, I, I, I]],
  ["DISMISSED", "OPEN", [RESTORE, F, F, RESTORE, RESTORE]],
  ["DISMISSED", "RESEARCHING", [I, I, I, I, I]],
  ["DISMISSED", "IN_REVIEW", [I, I, I, I, I]],
  ["DISMISSED", "VERIFIED", [I, I, I, I, I]],
  ["DISMISSED", "DISMISSED", [I, I, I, I, I]],
];
const COLUMNS: [string, Person][] = [
  ["editor", EDITOR],
  ["checker (assignee)", ASSIGNEE],
  ["checker (not assignee)", OTHER_CHECKER],
  ["manager", MANAGER],
  ["manager (proposer)", MANAGER_PROPOSER],
];
const CASES = MATRIX.flatMap(([from, to, outcomes]) =>
  COLUMNS.map(([name, actor], i) => [from, to, name, outcomes[i] ?? "missing", actor] as const),
);

describe("decideTransition: every status × target × role", () => {
  it("the table covers every pair of statuses once, for five actors", () => {
    expect(new Set(MATRIX.map(([f, t]) => `${f}>${t}`)).size).toBe(25);
    expect(CASES).toHaveLength(125);
  });

  it.each(CASES)("%s → %s by %s: %s", (from, to, _name, expected, actor) => {
    const p = proposal({ proposedById: actor === MANAGER_PROPOSER ? MANAGER_PROPOSER.id : ASSIGNEE.id });
    const d = decideTransition(ctx(from, actor, { proposal: p }), { to, reason: "Why.", comment: "Fix it." });
    expect(summary(d)).toBe(expected);
  });
});

describe("TRANSITIONS", () => {
  it("lists the arrows of the lifecycle", () => {
    expect(TRANSITIONS.map((t) => `${t.from}>${t.to}:${t.transition}`)).toEqual([
      "OPEN>RESEARCHING:assign",
      "OPEN>RESEARCHING:pick_up",
      "OPEN>DISMISSED:dismiss",
      "DISMISSED>OPEN:restore",
      "RESEARCHING>IN_REVIEW:submit",
      "IN_REVIEW>RESEARCHING:send_back",
      "IN_REVIEW>VERIFIED:approve",
      "VERIFIED>RESEARCHING:reopen",
    ]);
  });
});

describe("assign and pick up", () => {
  const open = (actor: Person) => ctx("OPEN", actor, { proposal: null });
  it.each([
    ["manager names someone", MANAGER, "checker-assignee", "ok:assign:RESEARCHING"],
    ["manager names themself", MANAGER, "manager", "ok:pick_up:RESEARCHING"],
    ["checker names themself", OTHER_CHECKER, "checker-other", "ok:pick_up:RESEARCHING"],
    ["checker names someone else", OTHER_CHECKER, "checker-assignee", "forbidden"],
    ["editor names someone", EDITOR, "checker-assignee", "forbidden"],
  ] as const)("%s (%o, assignee %s) → %s", (_n, actor, assigneeId, expected) => {
    expect(summary(decideTransition(open(actor), { to: "RESEARCHING", assigneeId }))).toBe(expected);
  });

  it("tells a checker that only managers assign to others", () => {
    expect(decideTransition(open(OTHER_CHECKER), { to: "RESEARCHING", assigneeId: "x" })).toEqual({
      ok: false,
      code: "forbidden",
      message: "Only managers assign claims to others.",
    });
  });
});

describe("submit needs a complete proposal", () => {
  const submit = (p: WorkflowProposal | null, orphaned = false) =>
    decideTransition(
      {
        ...ctx("RESEARCHING", ASSIGNEE, { proposal: p }),
        claim: { status: "RESEARCHING", orphaned, assigneeId: ASSIGNEE.id },
      },
      { to: "IN_REVIEW" },
    );

  it.each([
    ["no proposal", null, [["verdict", "Propose a verdict first."]]],
    [
      "blank rationale",
      proposal({ rationale: "  \n " }),
      [["rationale", "Write the rationale for this rating."]],
    ],
    [
      "retired rating",
      proposal({ ratingRetired: true }),
      [["rating", "This rating has been retired; choose a current one."]],
    ],
    [
      "no sources",
      proposal({ sourceCount: 0 }),
      [["sourceIds", "Cite at least one source, or rate the claim Unverifiable."]],
    ],
    [
      "everything missing",
      proposal({ rationale: "", ratingRetired: true, sourceCount: 0 }),
      [
        ["rationale", "Write the rationale for this rating."],
        ["rating", "This rating has been retired; choose a current one."],
        ["sourceIds", "Cite at least one source, or rate the claim Unverifiable."],
      ],
    ],
  ] as const)("%s → validation", (_n, p, issues) => {
    const d = submit(p);
    expect(d.ok === false && d.code === "validation" ? d.issues : d).toEqual(
      issues.map(([path, message]) => ({ path, message })),
    );
  });

  it("accepts Unverifiable without sources", () => {
    expect(summary(submit(proposal({ ratingRequiresSources: false, sourceCount: 0 })))).toBe(
      "ok:submit:IN_REVIEW",
    );
  });

  it("refuses an orphaned claim and says to re-attach it", () => {
    const d = submit(proposal(), true);
    expect(d).toEqual({
      ok: false,
      code: "validation",
      message: "Re-attach the claim to the text first.",
      issues: [{ path: "claim", message: "Re-attach the claim to the text first." }],
    });
  });

  it("refuses a checker who is not the assignee even when unassigned", () => {
    const c = ctx("RESEARCHING", OTHER_CHECKER);
    const d = decideTransition({ ...c, claim: { ...c.claim, assigneeId: null } }, { to: "IN_REVIEW" });
    expect(summary(d)).toBe("forbidden");
  });
});

describe("review: four-eyes, send back, approval panel", () => {
  const review = (
    actor: WorkflowContext["actor"],
    over: Partial<WorkflowProposal> = {},
    required: 1 | 2 = 1,
  ) => ctx("IN_REVIEW", actor, { proposal: proposal(over), approvalsRequired: required });

  it("refuses the proposer, naming the four-eyes rule", () => {
    const d = decideTransition(review(ASSIGNEE), { to: "VERIFIED" });
    expect(d).toEqual({
      ok: false,
      code: "forbidden",
      message: "Nobody approves a verdict they proposed; another reviewer must approve it.",
    });
  });

  it("refuses a second approval by the same person", () => {
    const d = decideTransition(review(MANAGER, { approverIds: ["manager"] }, 2), { to: "VERIFIED" });
    expect(d).toEqual({ ok: false, code: "forbidden", message: "You have already approved this verdict." });
  });

  it.each([
    ["first of two approvals keeps it in review", 2, [], "ok:approve:IN_REVIEW"],
    ["second distinct approval verifies", 2, ["checker-other"], "ok:approve:VERIFIED"],
    ["a single approval is enough when one is required", 1, [], "ok:approve:VERIFIED"],
    ["a stray approval by the proposer does not count", 2, ["checker-assignee"], "ok:approve:IN_REVIEW"],
  ] as const)("%s", (_n, required, approverIds, expected) => {
    expect(
      summary(
        decideTransition(review(MANAGER, { approverIds: [...approverIds] }, required), { to: "VERIFIED" }),
      ),
    ).toBe(expected);
  });

  it("refuses approval of an orphaned claim or a retired rating", () => {
    const c = review(MANAGER, { ratingRetired: true });
    const d = decideTransition({ ...c, claim: { ...c.claim, orphaned: true } }, { to: "VERIFIED" });
    expect(d.ok === false && d.code === "validation" ? d.issues.map((i) => i.path) : d).toEqual([
      "claim",
      "rating",
    ]);
  });

  it("refuses approval when no proposal exists", () => {
    const d = decideTransition(ctx("IN_REVIEW", MANAGER, { proposal: null }), { to: "VERIFIED" });
    expect(d.ok === false && d.code === "validation" ? d.issues : d).toEqual([
      { path: "verdict", message: "Propose a verdict first." },
    ]);
  });

  it.each([undefined, "", "   "])("send back needs a comment (%j)", (comment) => {
    const d = decideTransition(review(MANAGER), { to: "RESEARCHING", comment });
    expect(d.ok === false && d.code === "validation" ? d.issues : d).toEqual([
      { path: "comment", message: "Say what needs another look." },
    ]);
  });

  it("send back is allowed on an orphaned claim", () => {
    const c = review(MANAGER);
    const d = decideTransition(
      { ...c, claim: { ...c.claim, orphaned: true } },
      { to: "RESEARCHING", comment: "x" },
    );
    expect(summary(d)).toBe("ok:send_back:RESEARCHING");
  });
});

describe("reasons, orphaned claims and the system actor", () => {
  const DISMISS_REASON = "Say why this claim is dismissed.";
  const REOPEN_REASON = "Say why the claim is reopened.";
  it.each([
    ["OPEN", "DISMISSED", undefined, DISMISS_REASON],
    ["OPEN", "DISMISSED", "", DISMISS_REASON],
    ["OPEN", "DISMISSED", " \t\n", DISMISS_REASON],
    ["VERIFIED", "RESEARCHING", undefined, REOPEN_REASON],
    ["VERIFIED", "RESEARCHING", "", REOPEN_REASON],
    ["VERIFIED", "RESEARCHING", " \t\n", REOPEN_REASON],
  ] as const)("%s → %s with reason %j needs a reason", (from, to, reason, message) => {
    expect(decideTransition(ctx(from, MANAGER), { to, reason })).toEqual({
      ok: false,
      code: "validation",
      message,
      issues: [{ path: "reason", message }],
    });
  });

  it.each([
    ["OPEN", "RESEARCHING", MANAGER, "ok:pick_up:RESEARCHING"],
    ["OPEN", "DISMISSED", EDITOR, "ok:dismiss:DISMISSED"],
    ["DISMISSED", "OPEN", EDITOR, "ok:restore:OPEN"],
    ["VERIFIED", "RESEARCHING", MANAGER, "ok:reopen:RESEARCHING"],
    ["RESEARCHING", "IN_REVIEW", ASSIGNEE, "validation"],
    ["IN_REVIEW", "VERIFIED", OTHER_CHECKER, "validation"],
  ] as const)("orphaned %s → %s by %s: %s", (from, to, actor, expected) => {
    const c = ctx(from, actor);
    const d = decideTransition({ ...c, claim: { ...c.claim, orphaned: true } }, { to, reason: "r" });
    expect(summary(d)).toBe(expected);
  });

  it.each([
    ["VERIFIED", "RESEARCHING", "The quote changed.", "ok:reopen:RESEARCHING"],
    ["VERIFIED", "RESEARCHING", "  ", "validation"],
    ["OPEN", "RESEARCHING", "r", "forbidden"],
    ["IN_REVIEW", "VERIFIED", "r", "forbidden"],
    ["OPEN", "VERIFIED", "r", "illegal_transition"],
  ] as const)("system %s → %s (reason %j): %s", (from, to, reason, expected) => {
    expect(summary(decideTransition(ctx(from, "system"), { to, reason }))).toBe(expected);
  });
});

describe("illegal transitions and listAllowedTargets", () => {
  it("names the statuses in words and lists the actor's moves", () => {
    expect(decideTransition(ctx("OPEN", MANAGER), { to: "VERIFIED" })).toEqual({
      ok: false,
      code: "illegal_transition",
      message:
        "Cannot move a claim from Open to Verified. Allowed from here for you: Researching, Dismissed.",
      allowed: ["RESEARCHING", "DISMISSED"],
    });
  });

  it('says "none" when the actor has no move', () => {
    expect(decideTransition(ctx("VERIFIED", EDITOR), { to: "VERIFIED" })).toEqual({
      ok: false,
      code: "illegal_transition",
      message: "Cannot move a claim from Verified to Verified. Allowed from here for you: none.",
      allowed: [],
    });
  });

  it.each([
    ["open, editor", ["DISMISSED"], ctx("OPEN", EDITOR)],
    ["open, checker", ["RESEARCHING"], ctx("OPEN", OTHER_CHECKER)],
    ["open, manager", ["RESEARCHING", "DISMISSED"], ctx("OPEN", MANAGER)],
    ["researching, assignee", ["IN_REVIEW"], ctx("RESEARCHING", ASSIGNEE)],
    ["researching, other checker", [], ctx("RESEARCHING", OTHER_CHECKER)],
    ["researching, no sources", [], ctx("RESEARCHING", ASSIGNEE, { proposal: proposal({ sourceCount: 0 }) })],
    ["researching, no proposal", [], ctx("RESEARCHING", MANAGER, { proposal: null })],
    ["in review, proposer", [], ctx("IN_REVIEW", ASSIGNEE)],
    ["in review, reviewer", ["RESEARCHING", "VERIFIED"], ctx("IN_REVIEW", OTHER_CHECKER)],
    ["in review, editor", [], ctx("IN_REVIEW", EDITOR)],
    ["verified, manager", ["RESEARCHING"], ctx("VERIFIED", MANAGER)],
    ["verified, checker", [], ctx("VERIFIED", ASSIGNEE)],
    ["dismissed, editor", ["OPEN"], ctx("DISMISSED", EDITOR)],
  ] as const)("%s → %j", (_n, expected, c) => {
    expect(listAllowedTargets(c)).toEqual(expected);
  });

  it("drops approval for an orphaned claim but keeps send back", () => {
    const c = ctx("IN_REVIEW", MANAGER);
    expect(listAllowedTargets({ ...c, claim: { ...c.claim, orphaned: true } })).toEqual(["RESEARCHING"]);
  });
});

describe("explainApprovalRefusal", () => {
  it("tells the proposer, and a reviewer who already approved, why there is no Approve", () => {
    expect(explainApprovalRefusal(ctx("IN_REVIEW", ASSIGNEE))).toBe(
      "Nobody approves a verdict they proposed; another reviewer must approve it.",
    );
    const second = ctx("IN_REVIEW", OTHER_CHECKER, {
      proposal: proposal({ approverIds: [OTHER_CHECKER.id] }),
      approvalsRequired: 2,
    });
    expect(explainApprovalRefusal(second)).toBe("You have already approved this verdict.");
  });

  it("says nothing to whoever may approve, to editors (not theirs to do), or outside review", () => {
    expect(explainApprovalRefusal(ctx("IN_REVIEW", OTHER_CHECKER))).toBeNull();
    expect(explainApprovalRefusal(ctx("IN_REVIEW", MANAGER))).toBeNull();
    expect(explainApprovalRefusal(ctx("IN_REVIEW", EDITOR))).toBeNull();
    expect(explainApprovalRefusal(ctx("RESEARCHING", ASSIGNEE))).toBeNull();
  });
});
