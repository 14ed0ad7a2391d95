// Every mutating use case writes an audit event. The table below calls each one; the last
// test fails when a new mutating use case appears in lib/server without a row here.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { archiveArticle, restoreArticle } from "@/lib/server/articles/archive-article";
import { applyArticleSteps } from "@/lib/server/articles/apply-article-steps";
import { closeIdleEditBursts } from "@/lib/server/articles/close-idle-edit-bursts";
import { BURST_IDLE_MS } from "@/lib/server/articles/edit-bursts";
import { noteCorrection } from "@/lib/server/corrections/note-correction";
import { removeClaim } from "@/lib/server/claims/remove-claim";
import { setArticleTags } from "@/lib/server/tags/set-article-tags";
import type { DocJSON } from "@/lib/domain/document/types";
import { editText } from "@/tests/support/documents";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { updateClaimAssignment } from "@/lib/server/claims/update-claim-assignment";
import { addComment } from "@/lib/server/comments/add-comment";
import { createRating } from "@/lib/server/ratings/create-rating";
import { listRatings } from "@/lib/server/ratings/list-ratings";
import { reorderRatings } from "@/lib/server/ratings/reorder-ratings";
import { retireRating } from "@/lib/server/ratings/retire-rating";
import { updateRating } from "@/lib/server/ratings/update-rating";
import { updateApprovalsRequired } from "@/lib/server/settings/update-approvals-required";
import { addSource } from "@/lib/server/sources/add-source";
import { removeSource } from "@/lib/server/sources/remove-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { createUser } from "@/lib/server/users/create-user";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { flushSignInFailures } from "@/lib/server/auth/record-sign-in-failure";
import { FAILURE_AUDIT_WINDOW_MS } from "@/lib/server/auth/sign-in-limits";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { reconfirmVerdict } from "@/lib/server/verdicts/reconfirm-verdict";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser, makeVerifiedClaim } from "@/tests/support/factories";

const PASSWORD = "correct horse battery staple";
const TEXT = "The state fell in just 11 days, the author says.";

let editor: Actor;
let checker: Actor;
let manager: Actor;

beforeAll(async () => {
  editor = await makeUser("EDITOR");
  checker = await makeUser("CHECKER");
  manager = await makeUser("MANAGER");
});

async function article() {
  return createArticle({ title: `Coverage ${randomUUID()}`, text: TEXT }, editor);
}

async function claim() {
  const a = await article();
  const claimId = randomUUID();
  const range = findText(a.doc, "11 days");
  if (!range) throw new Error("text not found");
  await saveArticleDocument(a.id, { baseVersion: 1, doc: addClaimMark(a.doc, range, claimId) }, editor);
  return { articleId: a.id, claimId };
}

async function researching() {
  const c = await claim();
  await transitionClaim(c.claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  return c;
}

async function source() {
  const c = await researching();
  const s = await addSource(c.claimId, { url: "https://example.org/a", title: "A report" }, checker);
  return { ...c, sourceId: s.id };
}

async function signInUser() {
  return createUser(
    { email: `${randomUUID()}@newsroom.org`, name: "Signs In", role: "EDITOR", password: PASSWORD },
    manager,
  );
}

interface Scenario {
  /** Prepares what the call needs (not counted). */
  arrange?: () => Promise<unknown>;
  act: (arranged: never) => Promise<unknown>;
  action: string;
}

const scenario = <T>(arrange: () => Promise<T>, act: (arranged: T) => Promise<unknown>, action: string) =>
  ({ arrange, act, action }) as Scenario;

/** Every mutating use case exported from lib/server, with the event it must write. */
const SCENARIOS: Record<string, Scenario[]> = {
  createArticle: [{ act: () => article(), action: "article.created" }],
  saveArticleDocument: [
    scenario(
      () => article(),
      async (a) => {
        const range = findText(a.doc, "11 days");
        if (!range) throw new Error("text not found");
        await saveArticleDocument(
          a.id,
          { baseVersion: 1, doc: addClaimMark(a.doc, range, randomUUID()) },
          editor,
        );
      },
      "claim.created",
    ),
  ],
  applyArticleSteps: [
    scenario(
      () => article(),
      async (a) => {
        const step = {
          stepType: "addMark" as const,
          from: 24,
          to: 31,
          mark: { type: "claim", attrs: { id: randomUUID() } },
        };
        await applyArticleSteps(a.id, { version: 1, clientId: "coverage", steps: [step] }, checker);
      },
      "claim.created",
    ),
  ],
  closeIdleEditBursts: [
    scenario(
      () => claim(),
      () => closeIdleEditBursts(new Date(Date.now() + BURST_IDLE_MS)),
      "article.edited",
    ),
  ],
  removeClaim: [
    scenario(
      () => claim(),
      (c) => removeClaim(c.claimId, {}, editor),
      "claim.removed",
    ),
  ],
  noteCorrection: [
    scenario(
      async () => {
        const c = await claim();
        await transitionClaim(c.claimId, { to: "DISMISSED", reason: "Not check-worthy" }, manager);
        await transitionArticle(c.articleId, { to: "IN_CHECK" }, editor);
        await transitionArticle(c.articleId, { to: "CLEARED" }, manager);
        const current = await db.article.findUniqueOrThrow({ where: { id: c.articleId } });
        await saveArticleDocument(
          c.articleId,
          {
            baseVersion: current.version,
            doc: editText(current.doc as unknown as DocJSON, (t) => t.replace("11 days", "ten days")),
          },
          editor,
        );
        return db.correction.findFirstOrThrow({ where: { articleId: c.articleId } });
      },
      (correction) => noteCorrection(correction.id, { note: "We gave the wrong length." }, editor),
      "correction.updated",
    ),
  ],
  transitionArticle: [
    scenario(
      () => article(),
      (a) => transitionArticle(a.id, { to: "IN_CHECK" }, editor),
      "article.status_changed",
    ),
  ],
  archiveArticle: [
    scenario(
      () => article(),
      (a) => archiveArticle(a.id, { note: "Story dropped" }, editor),
      "article.archived",
    ),
  ],
  restoreArticle: [
    scenario(
      async () => {
        const a = await article();
        await archiveArticle(a.id, {}, editor);
        return a;
      },
      (a) => restoreArticle(a.id, {}, manager),
      "article.restored",
    ),
  ],
  setArticleTags: [
    scenario(
      () => article(),
      (a) => setArticleTags(a.id, { tags: ["Kabul", "ISKP"] }, editor),
      "article.tagged",
    ),
  ],
  transitionClaim: [
    scenario(
      () => claim(),
      (c) => transitionClaim(c.claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager),
      "claim.status_changed",
    ),
  ],
  updateClaimAssignment: [
    scenario(
      () => researching(),
      (c) => updateClaimAssignment(c.claimId, { priority: "URGENT" }, manager),
      "claim.assigned",
    ),
  ],
  addSource: [
    scenario(
      () => researching(),
      (c) => addSource(c.claimId, { url: "https://example.org/b", title: "B" }, checker),
      "source.added",
    ),
  ],
  updateSource: [
    scenario(
      () => source(),
      (s) => updateSource(s.sourceId, { title: "Renamed" }, checker),
      "source.edited",
    ),
  ],
  removeSource: [
    scenario(
      () => source(),
      (s) => removeSource(s.sourceId, checker),
      "source.removed",
    ),
  ],
  proposeVerdict: [
    scenario(
      () => source(),
      (s) =>
        proposeVerdict(
          s.claimId,
          { rating: "Misleading", rationale: "The count starts late.", sourceIds: [s.sourceId] },
          checker,
        ),
      "verdict.proposed",
    ),
  ],
  reconfirmVerdict: [
    scenario(
      async () => {
        // Verified, its words deleted (orphaned), then re-attached to other words: still
        // verified, and stale (a reworded claim is reopened, and re-confirming it also
        // writes the status change).
        const c = await makeVerifiedClaim({ editor, checker, manager }, { text: TEXT, quote: "11 days" });
        const deleted = await db.article.findUniqueOrThrow({ where: { id: c.articleId } });
        const doc = editText(deleted.doc as unknown as DocJSON, (t) => t.replace("11 days", ""));
        await saveArticleDocument(c.articleId, { baseVersion: deleted.version, doc }, editor);
        const range = findText(doc, "the author says");
        if (!range) throw new Error("text not found");
        const { version } = await db.article.findUniqueOrThrow({ where: { id: c.articleId } });
        await saveArticleDocument(
          c.articleId,
          { baseVersion: version, doc: addClaimMark(doc, range, c.claimId) },
          editor,
        );
        return c;
      },
      (c) => reconfirmVerdict(c.claimId, { quote: "the author says" }, manager),
      "verdict.reconfirmed",
    ),
  ],
  addComment: [
    scenario(
      () => claim(),
      (c) => addComment(c.claimId, { body: "Looks right." }, editor),
      "comment.added",
    ),
  ],
  createUser: [{ act: () => signInUser(), action: "user.created" }],
  changeUserRole: [
    scenario(
      () => makeUser("EDITOR"),
      (u) => changeUserRole(u.id, { role: "CHECKER" }, manager),
      "user.role_changed",
    ),
  ],
  setUserDisabled: [
    scenario(
      () => makeUser("EDITOR"),
      (u) => setUserDisabled(u.id, { disabled: true }, manager),
      "user.disabled",
    ),
  ],
  createRating: [
    {
      act: () => createRating({ label: `Rating ${randomUUID().slice(0, 8)}`, ratingValue: 3 }, manager),
      action: "rating.created",
    },
  ],
  updateRating: [
    scenario(
      () => createRating({ label: `Rating ${randomUUID().slice(0, 8)}`, ratingValue: 3 }, manager),
      (r) => updateRating(r.id, { label: `Renamed ${randomUUID().slice(0, 8)}` }, manager),
      "rating.updated",
    ),
  ],
  retireRating: [
    scenario(
      () => createRating({ label: `Rating ${randomUUID().slice(0, 8)}`, ratingValue: 3 }, manager),
      (r) => retireRating(r.id, { retired: true }, manager),
      "rating.retired",
    ),
  ],
  reorderRatings: [
    scenario(
      () => listRatings(manager),
      (ratings) => reorderRatings({ ratingIds: ratings.map((r) => r.id).reverse() }, manager),
      "ratings.reordered",
    ),
  ],
  updateApprovalsRequired: [
    { act: () => updateApprovalsRequired({ approvalsRequired: 2 }, manager), action: "setting.changed" },
  ],
  verifyCredentials: [
    scenario(
      () => signInUser(),
      async (u) => expect(await verifyCredentials({ email: u.email, password: PASSWORD })).not.toBeNull(),
      "auth.signed_in",
    ),
    scenario(
      () => signInUser(),
      async (u) => {
        expect(await verifyCredentials({ email: u.email, password: "wrong" })).toBeNull();
        // Failures are written in aggregate once their window has closed.
        await flushSignInFailures({}, new Date(Date.now() + FAILURE_AUDIT_WINDOW_MS));
      },
      "auth.sign_in_failed",
    ),
  ],
  changeOwnPassword: [
    scenario(
      () => signInUser(),
      (u) => changeOwnPassword({ currentPassword: PASSWORD, newPassword: "another long password" }, u),
      "user.password_changed",
    ),
  ],
  resetUserPassword: [
    scenario(
      () => signInUser(),
      (u) => resetUserPassword(u.id, manager),
      "user.password_reset",
    ),
  ],
};

/** Exported functions that look mutating but write no event, each with the reason. */
const EXCEPTIONS: Record<string, string> = {
  markNotificationsRead: "reading notifications changes nothing a manager audits",
  updateNotificationPreferences: "a person's own choice of what notifies them: nothing a manager audits",
  applyArticleEdit: "the core of saveArticleDocument and applyArticleSteps, which have rows",
  extendEditBurst: "a burst reaches the trail as article.edited when it closes (closeIdleEditBursts)",
  closeEditBursts: "returns its article.edited events for the calling use case to append",
  writeEditedClaims: "returns its events for applyArticleEdit to append",
  writeCorrectionSteps: "returns its events for the calling use case to append",
  applyWorkflowConsequences: "returns its events for the calling use case to append",
  closeArticleSignals: "closes this process's live-update connections (tests, shutdown); changes nothing",
  updatePresence: "where a person's caret is: ephemeral, kept in memory only, nothing a manager audits",
  updatePresenceSelection: "the in-memory presence registry behind updatePresence",
  applyHit: "the rate limiter's pure arithmetic; counting attempts is not an audited change",
};

const MUTATING =
  /^(create|save|transition|archive|restore|add|update|remove|propose|change|set|retire|reorder|mark|apply|note|close|extend|write)[A-Z]/;

async function newest() {
  const [count, last] = await Promise.all([
    db.auditEvent.count(),
    db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { action: true } }),
  ]);
  return { count, action: last?.action };
}

describe("audit coverage: every mutating use case writes an event", () => {
  const cases = Object.entries(SCENARIOS).flatMap(([name, list]) =>
    list.map((s, i) => ({ name: list.length > 1 ? `${name} #${i + 1} (${s.action})` : name, ...s })),
  );
  it.each(cases)("$name writes $action", async ({ arrange, act, action }) => {
    const arranged = arrange ? await arrange() : undefined;
    const before = await newest();
    await act(arranged as never);
    const after = await newest();
    expect(after.count).toBeGreaterThan(before.count);
    expect(after.action).toBe(action);
  });

  it("has a row (or a stated exception) for every mutating function exported from lib/server", () => {
    const root = path.resolve(__dirname, "../../lib/server");
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    const exported = files.flatMap((file) => {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      const names = [
        ...source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z0-9_$]+)/g),
        ...source.matchAll(/export\s+(?:const|let)\s+([A-Za-z0-9_$]+)\s*=\s*(?:async\s*)?(?:\(|function)/g),
      ].map((m) => m[1] ?? "");
      return names.filter((n) => MUTATING.test(n));
    });
    expect(exported.length).toBeGreaterThan(10);
    const missing = exported.filter((n) => !(n in SCENARIOS) && !(n in EXCEPTIONS));
    expect(
      missing,
      "mutating use cases without an audit scenario (add one, or an exception with a reason)",
    ).toEqual([]);
    for (const [name, reason] of Object.entries(EXCEPTIONS)) {
      expect(exported, `${name} is listed as an exception but no longer exists`).toContain(name);
      expect(reason.length).toBeGreaterThan(0);
    }
  });
});
