import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { updateClaimAssignment } from "@/lib/server/claims/update-claim-assignment";
import { addSource } from "@/lib/server/sources/add-source";
import { removeSource } from "@/lib/server/sources/remove-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { addComment } from "@/lib/server/comments/add-comment";
import { listQueue } from "@/lib/server/queue/list-queue";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import type { DocJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { makeNewsroom, makeUser } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";
import { editText } from "@/tests/support/documents";

let editor: Actor;
let checker: Actor;
let checker2: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, checker2, manager } = await makeNewsroom());
});

/** An article with one claim on "11 days"; returns ids and the saved document. */
async function articleWithClaim() {
  const article = await createArticle(
    { title: `Workflow ${randomUUID()}`, text: "The state fell in just 11 days, the author says." },
    editor,
  );
  const claimId = randomUUID();
  const range = findText(article.doc, "11 days");
  if (!range) throw new Error("text not found");
  const saved = await saveArticleDocument(
    article.id,
    { baseVersion: 1, doc: addClaimMark(article.doc, range, claimId) },
    editor,
  );
  return { articleId: article.id, claimId, doc: saved.doc, version: saved.version };
}

async function researched() {
  const ctx = await articleWithClaim();
  await transitionClaim(
    ctx.claimId,
    { to: "RESEARCHING", assigneeId: checker.id, dueAt: "2030-01-15" },
    manager,
  );
  const s1 = await addSource(
    ctx.claimId,
    { url: "https://example.org/report", title: "Timeline report" },
    checker,
  );
  const s2 = await addSource(
    ctx.claimId,
    { url: "https://example.org/data", title: "Dataset", kind: "DATASET" },
    checker,
  );
  return { ...ctx, sourceIds: [s1.id, s2.id] };
}

async function inReview() {
  const ctx = await researched();
  await proposeVerdict(
    ctx.claimId,
    { rating: "Misleading", rationale: "The count starts late.", sourceIds: ctx.sourceIds },
    checker,
  );
  await transitionClaim(ctx.claimId, { to: "IN_REVIEW" }, checker);
  return ctx;
}

describe("the claim workflow", () => {
  it("assigns, researches, submits and approves with four eyes, writing audit events and notifications", async () => {
    const ctx = await inReview();
    const self = await caught(transitionClaim(ctx.claimId, { to: "VERIFIED" }, checker));
    expect(self.code).toBe("forbidden");

    const detail = await transitionClaim(ctx.claimId, { to: "VERIFIED" }, checker2);
    expect(detail.status).toBe("VERIFIED");
    expect(detail.rating?.label).toBe("Misleading");
    expect(detail.verdicts[0]).toMatchObject({
      state: "APPROVED",
      approvals: [{ approver: { id: checker2.id } }],
    });

    const actions = (
      await db.auditEvent.findMany({ where: { claimId: ctx.claimId }, orderBy: { seq: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual([
      "claim.created",
      "claim.assigned",
      "claim.status_changed",
      "source.added",
      "source.added",
      "verdict.proposed",
      "claim.status_changed",
      "verdict.approved",
      "claim.status_changed",
    ]);
    const kinds = (await listNotifications(checker)).items.map((n) => n.kind);
    expect(kinds).toEqual(["approved", "assigned"]);
  });

  it("refuses an illegal move with the moves allowed", async () => {
    const ctx = await articleWithClaim();
    const error = await caught(transitionClaim(ctx.claimId, { to: "VERIFIED" }, manager));
    expect(error.code).toBe("illegal_transition");
    expect(error.status).toBe(409);
    expect(error.details?.allowed).toEqual(expect.arrayContaining(["RESEARCHING", "DISMISSED"]));
  });

  it("needs two distinct approvers when the workspace asks for a panel", async () => {
    await db.setting.upsert({
      where: { key: "approvalsRequired" },
      create: { key: "approvalsRequired", value: 2 },
      update: { value: 2 },
    });
    try {
      const ctx = await inReview();
      const first = await transitionClaim(ctx.claimId, { to: "VERIFIED" }, checker2);
      expect(first.status).toBe("IN_REVIEW");
      expect((await caught(transitionClaim(ctx.claimId, { to: "VERIFIED" }, checker2))).code).toBe(
        "forbidden",
      );
      const second = await transitionClaim(ctx.claimId, { to: "VERIFIED" }, manager);
      expect(second.status).toBe("VERIFIED");
    } finally {
      await db.setting.delete({ where: { key: "approvalsRequired" } });
    }
  });

  it("sends back with a comment the proposer is told about", async () => {
    const ctx = await inReview();
    expect((await caught(transitionClaim(ctx.claimId, { to: "RESEARCHING" }, checker2))).code).toBe(
      "validation",
    );
    const detail = await transitionClaim(
      ctx.claimId,
      { to: "RESEARCHING", comment: "Which count do you mean?" },
      checker2,
    );
    expect(detail.status).toBe("RESEARCHING");
    expect(detail.verdicts[0]?.state).toBe("SENT_BACK");
    expect(detail.comments.map((c) => c.body)).toContain("Which count do you mean?");
    expect((await listNotifications(checker)).items.some((n) => n.kind === "sent_back")).toBe(true);
  });

  it("submitting needs a cited source unless the rating is Unverifiable", async () => {
    const ctx = await articleWithClaim();
    await transitionClaim(ctx.claimId, { to: "RESEARCHING" }, checker);
    const refused = await caught(proposeVerdict(ctx.claimId, { rating: "False", rationale: "No." }, checker));
    expect(refused.issues?.[0]?.path).toBe("sourceIds");
    await proposeVerdict(ctx.claimId, { rating: "Unverifiable", rationale: "No record exists." }, checker);
    expect((await transitionClaim(ctx.claimId, { to: "IN_REVIEW" }, checker)).status).toBe("IN_REVIEW");
  });

  it("keeps every proposal: a new one supersedes the old", async () => {
    const ctx = await researched();
    await proposeVerdict(
      ctx.claimId,
      { rating: "False", rationale: "First take.", sourceIds: ctx.sourceIds },
      checker,
    );
    const detail = await proposeVerdict(
      ctx.claimId,
      { rating: "Mixed", rationale: "Second take.", sourceIds: [ctx.sourceIds[0] ?? ""] },
      checker,
    );
    expect(detail.verdicts.map((v) => [v.rating.label, v.state])).toEqual([
      ["Mixed", "PROPOSED"],
      ["False", "SUPERSEDED"],
    ]);
  });

  it("dismisses and restores with a reason, editors included", async () => {
    const ctx = await articleWithClaim();
    expect((await caught(transitionClaim(ctx.claimId, { to: "DISMISSED", reason: "  " }, editor))).code).toBe(
      "validation",
    );
    const dismissed = await transitionClaim(
      ctx.claimId,
      { to: "DISMISSED", reason: "Opinion, not a fact" },
      editor,
    );
    expect(dismissed).toMatchObject({ status: "DISMISSED", statusReason: "Opinion, not a fact" });
    expect((await transitionClaim(ctx.claimId, { to: "OPEN" }, editor)).status).toBe("OPEN");
    expect((await caught(transitionClaim(ctx.claimId, { to: "DISMISSED", reason: "x" }, checker))).code).toBe(
      "forbidden",
    );
  });
});

describe("reassigning a claim in work", () => {
  it("lets a manager hand it to someone else, telling both, with one event of what changed", async () => {
    const ctx = await researched();
    // A fresh colleague, so that other tests' notification counts stay theirs.
    const sam = await makeUser("CHECKER", "Sam Checker");
    const detail = await updateClaimAssignment(
      ctx.claimId,
      { assigneeId: sam.id, dueAt: "2030-02-01", priority: "HIGH" },
      manager,
    );
    expect(detail.assignee).toEqual({ id: sam.id, name: "Sam Checker" });
    expect(detail).toMatchObject({
      dueAt: "2030-02-01T00:00:00.000Z",
      priority: "HIGH",
      status: "RESEARCHING",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { claimId: ctx.claimId, action: "claim.assigned" },
      orderBy: { seq: "desc" },
    });
    expect(event.actorId).toBe(manager.id);
    expect(event.before).toEqual({
      assigneeId: checker.id,
      dueAt: "2030-01-15T00:00:00.000Z",
      priority: "NORMAL",
    });
    expect(event.after).toEqual({
      assigneeId: sam.id,
      assignee: "Sam Checker",
      dueAt: "2030-02-01T00:00:00.000Z",
      priority: "HIGH",
    });
    expect((await listNotifications(sam)).items[0]?.message).toContain("assigned you");
    expect((await listNotifications(checker)).items[0]?.message).toContain("to Sam Checker");
    expect((await listQueue("mine", sam)).map((c) => c.id)).toContain(ctx.claimId);
    expect((await listQueue("mine", checker)).map((c) => c.id)).not.toContain(ctx.claimId);
  });

  it("changes only the due date (or clears it), and writes nothing when nothing changes", async () => {
    const ctx = await researched();
    const cleared = await updateClaimAssignment(ctx.claimId, { dueAt: null }, manager);
    expect(cleared.dueAt).toBeNull();
    expect(cleared.assignee?.id).toBe(checker.id);
    const last = await db.auditEvent.findFirstOrThrow({
      where: { claimId: ctx.claimId },
      orderBy: { seq: "desc" },
    });
    expect(last.before).toEqual({ dueAt: "2030-01-15T00:00:00.000Z" });
    expect(last.after).toEqual({ dueAt: null });
    const count = await db.auditEvent.count();
    await updateClaimAssignment(ctx.claimId, { dueAt: "", assigneeId: checker.id }, manager);
    expect(await db.auditEvent.count()).toBe(count);
  });

  it("is for managers, for claims in work, and for active fact-checkers or managers", async () => {
    const ctx = await researched();
    expect((await caught(updateClaimAssignment(ctx.claimId, { priority: "LOW" }, checker))).code).toBe(
      "forbidden",
    );
    expect((await caught(updateClaimAssignment(ctx.claimId, { assigneeId: editor.id }, manager))).code).toBe(
      "validation",
    );
    const nothing = await caught(updateClaimAssignment(ctx.claimId, {}, manager));
    expect(nothing.issues?.[0]?.message).toBe("Change the assignee, the due date or the priority.");
    const open = await articleWithClaim();
    const refused = await caught(updateClaimAssignment(open.claimId, { priority: "HIGH" }, manager));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toContain("use Assign");
  });
});

describe("sources", () => {
  it("accepts only http(s) links, records edits field by field, and refuses removing a cited source", async () => {
    const ctx = await researched();
    const bad = await caught(addSource(ctx.claimId, { url: "javascript:alert(1)", title: "x" }, checker));
    expect(bad.code).toBe("validation");
    const editorTry = await caught(addSource(ctx.claimId, { url: "https://a.example", title: "x" }, editor));
    expect(editorTry.code).toBe("forbidden");

    const [cited = "", spare = ""] = ctx.sourceIds;
    await updateSource(cited, { reliability: "HIGH" }, checker);
    const edit = await db.auditEvent.findFirstOrThrow({
      where: { action: "source.edited", claimId: ctx.claimId },
    });
    expect(edit.before).toEqual({ sourceId: cited, reliability: "UNKNOWN" });
    expect(edit.after).toEqual({ sourceId: cited, reliability: "HIGH" });

    await proposeVerdict(ctx.claimId, { rating: "False", rationale: "r", sourceIds: [cited] }, checker);
    const refused = await caught(removeSource(cited, checker));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toContain("cited by the verdict");
    await removeSource(spare, checker);
    expect(await db.source.findUnique({ where: { id: spare } })).toBeNull();
  });

  it("shows sensitive sources only to checkers and managers", async () => {
    const ctx = await researched();
    await addSource(
      ctx.claimId,
      { url: "https://tip.example", title: "Confidential tip", sensitive: true },
      checker,
    );
    const forChecker = await getClaimDetail(ctx.claimId, checker);
    const forEditor = await getClaimDetail(ctx.claimId, editor);
    expect(forChecker.sources.map((s) => s.title)).toContain("Confidential tip");
    expect(forEditor.sources.map((s) => s.title)).not.toContain("Confidential tip");
  });
});

describe("comments, queues and the gate", () => {
  it("stores a comment as text and notifies the people it mentions", async () => {
    const ctx = await articleWithClaim();
    const handle =
      (await db.user.findUniqueOrThrow({ where: { id: checker2.id } })).email.split("@")[0] ?? "";
    const body = `<img src=x onerror=alert(1)> @${handle} please look`;
    const comment = await addComment(ctx.claimId, { body }, editor);
    expect(comment.body).toBe(body);
    const bell = await listNotifications(checker2);
    expect(bell.unread).toBe(1);
    expect(bell.items[0]?.kind).toBe("mentioned");
  });

  it("lists my queue by due date, the review queue without my own proposals, and overdue claims", async () => {
    const ctx = await inReview();
    const mine = await listQueue("mine", checker);
    expect(mine.map((c) => c.id)).toContain(ctx.claimId);
    expect((await listQueue("review", checker)).map((c) => c.id)).not.toContain(ctx.claimId);
    expect((await listQueue("review", checker2)).map((c) => c.id)).toContain(ctx.claimId);
    const late = await articleWithClaim();
    await transitionClaim(
      late.claimId,
      { to: "RESEARCHING", assigneeId: checker.id, dueAt: "2030-01-01" },
      manager,
    );
    // Time passes: the due date is behind us (a past one cannot be set).
    await db.claim.update({ where: { id: late.claimId }, data: { dueAt: new Date("2020-01-01T00:00:00Z") } });
    const overdue = await listQueue("overdue", manager);
    expect(overdue.find((c) => c.id === late.claimId)?.overdue).toBe(true);
  });

  it("clears an article only when every claim is settled, and a reworded verified claim reopens it", async () => {
    const ctx = await inReview();
    await transitionArticle(ctx.articleId, { to: "IN_CHECK" }, editor);
    const blocked = await caught(transitionArticle(ctx.articleId, { to: "CLEARED" }, manager));
    expect(blocked.code).toBe("claims_unresolved");
    expect(blocked.details?.claims).toEqual([ctx.claimId]);

    await transitionClaim(ctx.claimId, { to: "VERIFIED" }, checker2);
    expect((await transitionArticle(ctx.articleId, { to: "CLEARED" }, manager)).status).toBe("CLEARED");

    const current = await db.article.findUniqueOrThrow({ where: { id: ctx.articleId } });
    await saveArticleDocument(
      ctx.articleId,
      {
        baseVersion: current.version,
        doc: editText(current.doc as unknown as DocJSON, (t) => t.replace("11 days", "eleven days")),
        correctionNote: "Spelled out the number.",
      },
      editor,
    );
    const claim = await db.claim.findUniqueOrThrow({ where: { id: ctx.claimId } });
    expect(claim).toMatchObject({ status: "RESEARCHING", statusReason: "text changed after verification" });
    expect((await db.article.findUniqueOrThrow({ where: { id: ctx.articleId } })).status).toBe("IN_CHECK");
    const reopen = await db.auditEvent.findFirstOrThrow({
      where: { claimId: ctx.claimId, action: "claim.status_changed", actorId: null },
    });
    expect(reopen.reason).toBe("text changed after verification");
    expect((await listNotifications(checker)).items.some((n) => n.kind === "reopened")).toBe(true);
  });
});
