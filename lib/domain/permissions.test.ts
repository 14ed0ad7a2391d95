import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  ROLES,
  articleCapabilities,
  authorize,
  can,
  authorizeSourceChange,
  canSeeSource,
  decideEditPermission,
  explainDenial,
  type Action,
  type Actor,
  type Role,
} from "./permissions";

const actor = (role: Role, disabled = false): Actor => ({ id: `user-${role}`, role, disabled });

// Every role × action, written out: a change of policy must change this table.
const EXPECTED: [Role, Action, boolean][] = [
  ["EDITOR", "article.view", true],
  ["EDITOR", "article.create", true],
  ["EDITOR", "article.edit", true],
  ["EDITOR", "article.archive", true],
  ["EDITOR", "article.tag", true],
  ["EDITOR", "claim.mark", true],
  ["EDITOR", "claim.remove", true],
  ["EDITOR", "claim.reattach", true],
  ["EDITOR", "user.manage", false],
  ["EDITOR", "audit.view", false],
  ["EDITOR", "source.manage", false],
  ["EDITOR", "source.view_sensitive", false],
  ["EDITOR", "source.unflag_sensitive", false],
  ["EDITOR", "verdict.propose", false],
  ["EDITOR", "verdict.reconfirm", false],
  ["EDITOR", "comment.add", true],
  ["EDITOR", "claim.assign", false],
  ["EDITOR", "scale.manage", false],
  ["EDITOR", "dashboard.view", false],
  ["CHECKER", "article.view", true],
  ["CHECKER", "article.create", false],
  ["CHECKER", "article.edit", false],
  ["CHECKER", "article.archive", false],
  ["CHECKER", "article.tag", false],
  ["CHECKER", "claim.mark", true],
  ["CHECKER", "claim.remove", false],
  ["CHECKER", "claim.reattach", true],
  ["CHECKER", "user.manage", false],
  ["CHECKER", "audit.view", false],
  ["CHECKER", "source.manage", true],
  ["CHECKER", "source.view_sensitive", true],
  ["CHECKER", "source.unflag_sensitive", false],
  ["CHECKER", "verdict.propose", true],
  ["CHECKER", "verdict.reconfirm", true],
  ["CHECKER", "comment.add", true],
  ["CHECKER", "claim.assign", false],
  ["CHECKER", "scale.manage", false],
  ["CHECKER", "dashboard.view", false],
  ["MANAGER", "article.view", true],
  ["MANAGER", "article.create", true],
  ["MANAGER", "article.edit", true],
  ["MANAGER", "article.archive", true],
  ["MANAGER", "article.tag", true],
  ["MANAGER", "claim.mark", true],
  ["MANAGER", "claim.remove", true],
  ["MANAGER", "claim.reattach", true],
  ["MANAGER", "user.manage", true],
  ["MANAGER", "audit.view", true],
  ["MANAGER", "source.manage", true],
  ["MANAGER", "source.view_sensitive", true],
  ["MANAGER", "source.unflag_sensitive", true],
  ["MANAGER", "verdict.propose", true],
  ["MANAGER", "verdict.reconfirm", true],
  ["MANAGER", "comment.add", true],
  ["MANAGER", "claim.assign", true],
  ["MANAGER", "scale.manage", true],
  ["MANAGER", "dashboard.view", true],
];

describe("can / authorize", () => {
  it("the table covers every role and action exactly once", () => {
    const keys = EXPECTED.map(([role, action]) => `${role}:${action}`);
    expect(new Set(keys).size).toBe(ROLES.length * ACTIONS.length);
    expect(keys).toHaveLength(ROLES.length * ACTIONS.length);
  });

  it.each(EXPECTED)("%s %s -> %s", (role, action, allowed) => {
    expect(can(actor(role), action)).toBe(allowed);
    const result = authorize(actor(role), action);
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
  });

  it.each(EXPECTED)("disabled %s may not %s", (role, action) => {
    expect(authorize(actor(role, true), action)).toEqual({ ok: false, reason: "Your account is disabled." });
  });

  it("refuses anyone not signed in", () => {
    expect(authorize(null, "article.view")).toEqual({ ok: false, reason: "Sign in to continue." });
    expect(can(undefined, "article.view")).toBe(false);
  });

  it("refuses a role it does not know (e.g. a stale session)", () => {
    const stale = { id: "u", role: "ADMIN" } as unknown as Actor;
    expect(can(stale, "article.view")).toBe(false);
  });

  it("explains denials in human terms", () => {
    expect(explainDenial(actor("CHECKER"), "article.edit")).toBe(
      "Only editors and managers can change an article's text or formatting; fact-checkers can highlight claims.",
    );
    expect(explainDenial(actor("EDITOR"), "audit.view")).toBe("Only managers can read the audit trail.");
    expect(explainDenial(actor("EDITOR"), "article.edit")).toBeNull();
  });
});

describe("decideEditPermission", () => {
  const none = { textOrFormattingChanged: false, claimMarksChanged: false, claimsRemoved: false };
  const marksOnly = { ...none, claimMarksChanged: true };
  const textEdit = { ...none, textOrFormattingChanged: true };
  const textAndMarks = { ...none, textOrFormattingChanged: true, claimMarksChanged: true };
  const removal = { ...none, claimsRemoved: true };

  it.each([
    ["CHECKER", none, true],
    ["CHECKER", marksOnly, true],
    ["CHECKER", textEdit, false],
    ["CHECKER", textAndMarks, false],
    ["CHECKER", removal, false],
    ["EDITOR", marksOnly, true],
    ["EDITOR", textAndMarks, true],
    ["EDITOR", removal, true],
    ["MANAGER", textAndMarks, true],
    ["MANAGER", removal, true],
  ] as const)("%s with %o -> %s", (role, change, allowed) => {
    expect(decideEditPermission(actor(role), change).ok).toBe(allowed);
  });

  it("says why a checker's text edit is refused", () => {
    const decision = decideEditPermission(actor("CHECKER"), textAndMarks);
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.reason).toContain("Only editors and managers");
  });

  it("refuses a disabled account even for marks only", () => {
    expect(decideEditPermission(actor("EDITOR", true), marksOnly)).toEqual({
      ok: false,
      reason: "Your account is disabled.",
    });
  });
});

describe("authorizeSourceChange", () => {
  const checker = actor("CHECKER");
  const assignedTo = (assigneeId: string | null) => ({ assigneeId });
  const mine = assignedTo(checker.id);
  const colleagues = assignedTo("user-colleague");
  const unassigned = assignedTo(null);

  it.each([
    ["CHECKER", mine, true],
    ["CHECKER", colleagues, false],
    ["CHECKER", unassigned, false],
    ["MANAGER", colleagues, true],
    ["MANAGER", unassigned, true],
    ["EDITOR", assignedTo("user-EDITOR"), false],
    ["EDITOR", unassigned, false],
  ] as const)("%s on a claim assigned to %o -> %s", (role, claim, allowed) => {
    expect(authorizeSourceChange(actor(role), claim).ok).toBe(allowed);
  });

  it("tells a second checker whose research it is, and what to do on an unassigned claim", () => {
    expect(authorizeSourceChange(checker, colleagues)).toEqual({
      ok: false,
      reason:
        "This claim is assigned to another fact-checker: only they or a manager add, edit or remove its sources.",
    });
    expect(authorizeSourceChange(checker, unassigned)).toEqual({
      ok: false,
      reason: "Nobody is assigned to this claim yet: pick it up first, then add, edit or remove its sources.",
    });
    expect(authorizeSourceChange(actor("EDITOR"), unassigned)).toEqual({
      ok: false,
      reason: "Only fact-checkers and managers add, edit or remove sources.",
    });
  });

  it("lets only a manager un-flag a sensitive source, even on the assignee's own claim", () => {
    const unflag = { unflagsSensitive: true };
    expect(authorizeSourceChange(checker, mine, unflag)).toEqual({
      ok: false,
      reason: "Only a manager can make a sensitive source visible to everyone; ask one to un-flag it.",
    });
    expect(authorizeSourceChange(actor("MANAGER"), colleagues, unflag).ok).toBe(true);
    expect(authorizeSourceChange(checker, mine, { unflagsSensitive: false }).ok).toBe(true);
  });

  it("refuses a disabled assignee", () => {
    const disabled = actor("CHECKER", true);
    expect(authorizeSourceChange(disabled, assignedTo(disabled.id)).ok).toBe(false);
  });
});

describe("canSeeSource", () => {
  it.each([
    ["EDITOR", false, true],
    ["EDITOR", true, false],
    ["CHECKER", true, true],
    ["MANAGER", true, true],
  ] as const)("%s, sensitive %s -> %s", (role, sensitive, visible) => {
    expect(canSeeSource(actor(role), { sensitive })).toBe(visible);
  });

  it("shows nothing to a disabled account or nobody", () => {
    expect(canSeeSource(null, { sensitive: false })).toBe(false);
    expect(canSeeSource(actor("MANAGER", true), { sensitive: false })).toBe(false);
  });
});

describe("a spiked article", () => {
  // Reading, the workspace's own settings and spiking/restoring are not writes to the article.
  const STILL_ALLOWED: Action[] = [
    "article.view",
    "article.create",
    "article.archive",
    "user.manage",
    "audit.view",
    "source.view_sensitive",
    "scale.manage",
    "dashboard.view",
  ];

  it("refuses every write to it, for every role, and says who can restore it", () => {
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        const granted = can(actor(role), action);
        const spiked = authorize(actor(role), action, { articleSpiked: true });
        if (!granted || STILL_ALLOWED.includes(action)) {
          expect(spiked.ok, `${role} ${action}`).toBe(granted);
        } else {
          expect(spiked, `${role} ${action}`).toEqual({
            ok: false,
            reason:
              role === "CHECKER"
                ? "This article is spiked — an editor or manager must restore it before anything can change."
                : "This article is spiked — restore it to change anything.",
          });
        }
      }
    }
  });

  it("a source change on it is refused even for the assignee", () => {
    const checker = actor("CHECKER");
    expect(authorizeSourceChange(checker, { assigneeId: checker.id }).ok).toBe(true);
    expect(authorizeSourceChange(checker, { assigneeId: checker.id }, {}, { articleSpiked: true }).ok).toBe(
      false,
    );
  });

  it("capabilities: nothing writes, restore for editors and managers, a reason to show", () => {
    expect(articleCapabilities(actor("MANAGER"), { spiked: false })).toEqual({
      edit: true,
      tag: true,
      mark: true,
      remove: true,
      reattach: true,
      spike: true,
      restore: false,
      readOnlyReason: null,
    });
    expect(articleCapabilities(actor("CHECKER"), { spiked: false }).tag).toBe(false);
    expect(articleCapabilities(actor("CHECKER"), { spiked: true })).toMatchObject({
      mark: false,
      reattach: false,
      restore: false,
      readOnlyReason: expect.stringMatching(/^This article is spiked/) as unknown,
    });
    expect(articleCapabilities(actor("EDITOR"), { spiked: true })).toMatchObject({
      edit: false,
      tag: false,
      spike: false,
      restore: true,
    });
    expect(articleCapabilities(actor("EDITOR", true), { spiked: true }).readOnlyReason).toBeNull();
  });
});
