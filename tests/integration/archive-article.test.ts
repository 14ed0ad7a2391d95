// Spiking (archiving) and restoring articles: who may, what the audit trail says, what a
// spiked article hides from and refuses, and the races with a restore or a step batch.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { EditorState } from "@tiptap/pm/state";
import { db } from "@/lib/db";
import { archiveArticle, restoreArticle } from "@/lib/server/articles/archive-article";
import { applyArticleSteps } from "@/lib/server/articles/apply-article-steps";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { addSource } from "@/lib/server/sources/add-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { listQueue } from "@/lib/server/queue/list-queue";
import { listArticlePage } from "@/lib/server/articles/list-articles";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { findText as findPositions } from "@/lib/editor/testing/find-text";
import type { StepJSON } from "@/lib/editor/steps";
import type { DocJSON } from "@/lib/domain/document/types";
import type { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { editText } from "@/tests/support/documents";
import { makeArticleWithClaim, makeNewsroom } from "@/tests/support/factories";

const TEXT = "The state fell in just 11 days, the author says.";
const ROUNDS = 6;

let editor: Actor;
let checker: Actor;
let checker2: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, checker2, manager } = await makeNewsroom());
});

const article = () =>
  makeArticleWithClaim(editor, { title: `Spike ${randomUUID()}`, text: TEXT, quote: "11 days" });

/** Typing over "11" as the live editor sends it, against the article as it stands now. */
async function typingSteps(articleId: string) {
  const current = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const state = EditorState.create({ doc: getDocumentSchema().nodeFromJSON(current.doc) });
  const { from, to } = findPositions(state.doc, "11");
  const steps = state.tr.insertText("eleven", from, to).steps.map((step) => step.toJSON() as StepJSON);
  return () => applyArticleSteps(articleId, { version: current.version, clientId: "typist", steps }, editor);
}

async function events(articleId: string, action: string) {
  return db.auditEvent.findMany({ where: { articleId, action }, orderBy: { seq: "asc" } });
}

describe("who may spike and restore", () => {
  it("lets editors spike and managers restore, with the note in the audit trail", async () => {
    const { articleId } = await article();
    const spiked = await archiveArticle(articleId, { note: "  Story dropped by the desk  " }, editor);
    expect(spiked.archivedAt).not.toBeNull();
    expect(spiked.archivedBy?.id).toBe(editor.id);
    const [archived] = await events(articleId, "article.archived");
    expect(archived).toMatchObject({
      actorId: editor.id,
      reason: "Story dropped by the desk",
      before: { archivedAt: null, archivedById: null },
      after: { archivedAt: spiked.archivedAt, archivedById: editor.id },
    });

    const restored = await restoreArticle(articleId, {}, manager);
    expect(restored).toMatchObject({ archivedAt: null, archivedBy: null });
    const [restoredEvent] = await events(articleId, "article.restored");
    expect(restoredEvent).toMatchObject({ actorId: manager.id, reason: null, after: { archivedAt: null } });
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).archivedAt).toBeNull();
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("refuses fact-checkers, with the reason, and writes nothing", async () => {
    const { articleId } = await article();
    const refused = await caught(archiveArticle(articleId, {}, checker));
    expect(refused.status).toBe(403);
    expect(refused.message).toBe("Only editors and managers can spike or restore an article.");
    await archiveArticle(articleId, {}, manager);
    expect((await caught(restoreArticle(articleId, {}, checker))).status).toBe(403);
    expect(await events(articleId, "article.restored")).toEqual([]);
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).archivedAt).not.toBeNull();
  });

  it("says when an article is already spiked, not spiked, or missing", async () => {
    const { articleId } = await article();
    expect((await caught(restoreArticle(articleId, {}, editor))).message).toBe(
      "This article is not spiked. Reload to see it.",
    );
    await archiveArticle(articleId, {}, editor);
    const again = await caught(archiveArticle(articleId, {}, editor));
    expect(again.status).toBe(409);
    expect(again.message).toBe("This article is already spiked. Reload to see it.");
    expect((await caught(archiveArticle(randomUUID(), {}, editor))).status).toBe(404);
    const tooLong = await caught(archiveArticle(articleId, { note: "x".repeat(501) }, editor));
    expect(tooLong.issues?.[0]?.path).toBe("note");
  });
});

describe("a spiked article", () => {
  it("is off the desk, my queue, the overdue list and the review queue until restored", async () => {
    const { articleId, claimId } = await article();
    await transitionClaim(
      claimId,
      { to: "RESEARCHING", assigneeId: checker.id, dueAt: new Date(Date.now() + 60_000).toISOString() },
      manager,
    );
    const source = await addSource(claimId, { url: "https://example.org/r", title: "Report" }, checker);
    await proposeVerdict(
      claimId,
      { rating: "Misleading", rationale: "Late count.", sourceIds: [source.id] },
      checker,
    );
    await transitionClaim(claimId, { to: "IN_REVIEW" }, checker);
    await db.claim.update({ where: { id: claimId }, data: { dueAt: new Date(Date.now() - 60_000) } });

    const visible = async () => ({
      desk: (await listArticlePage({ limit: 100 }, checker)).articles.some((a) => a.id === articleId),
      mine: (await listQueue("mine", checker)).some((c) => c.id === claimId),
      overdue: (await listQueue("overdue", manager)).some((c) => c.id === claimId),
      review: (await listQueue("review", checker2)).some((c) => c.id === claimId),
    });
    expect(await visible()).toEqual({ desk: true, mine: true, overdue: true, review: true });
    await archiveArticle(articleId, {}, editor);
    expect(await visible()).toEqual({ desk: false, mine: false, overdue: false, review: false });
    expect((await listArticlePage({ archived: true }, checker)).articles.map((a) => a.id)).toContain(
      articleId,
    );
    await restoreArticle(articleId, {}, editor);
    expect(await visible()).toEqual({ desk: true, mine: true, overdue: true, review: true });
  });

  it("refuses steps, saves, claim moves, sources, comments and gate moves with 409 article_spiked", async () => {
    const { articleId, claimId } = await article();
    await transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
    const source = await addSource(claimId, { url: "https://example.org/s", title: "Source" }, checker);
    const typing = await typingSteps(articleId);
    const current = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    await archiveArticle(articleId, {}, editor);

    // Thunks, tried one after the other (a rejection nobody awaits yet would be unhandled).
    const attempts: Record<string, () => Promise<unknown>> = {
      steps: typing,
      save: () =>
        saveArticleDocument(
          articleId,
          {
            baseVersion: current.version,
            doc: editText(current.doc as unknown as DocJSON, (t) => t.replace("author", "writer")),
          },
          editor,
        ),
      claim: () => transitionClaim(claimId, { to: "OPEN" }, manager),
      source: () => addSource(claimId, { url: "https://example.org/t", title: "Another" }, checker),
      verdict: () =>
        proposeVerdict(claimId, { rating: "False", rationale: "No.", sourceIds: [source.id] }, checker),
      comment: () => addComment(claimId, { body: "Still relevant?" }, editor),
      gate: () => transitionArticle(articleId, { to: "IN_CHECK" }, editor),
    };
    for (const [what, attempt] of Object.entries(attempts)) {
      const error = await caught(attempt());
      expect({ what, code: error.code, status: error.status }).toEqual({
        what,
        code: "article_spiked",
        status: 409,
      });
      expect(error.message).toContain("spiked");
    }
    const after = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(after.version).toBe(current.version);
    expect(await db.comment.count({ where: { claimId } })).toBe(0);
    expect(await db.notification.count({ where: { claimId, kind: { not: "assigned" } } })).toBe(0);

    // Restored, it takes the same edit again; nothing was deleted in between.
    await restoreArticle(articleId, {}, editor);
    const applied = await (await typingSteps(articleId))();
    expect(applied.kind).toBe("applied");
    expect(await db.claim.count({ where: { articleId } })).toBe(1);
  });
});

describe("races (fired together; either may win)", () => {
  it("restore against spike: exactly the winners are recorded, and the state matches the last event", async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const { articleId } = await article();
      await archiveArticle(articleId, {}, editor);
      const [restore, spike] = await Promise.allSettled([
        restoreArticle(articleId, {}, manager),
        archiveArticle(articleId, {}, editor),
      ]);
      for (const r of [restore, spike])
        if (r.status === "rejected") expect((r.reason as AppError).status).toBe(409);
      expect(restore.status).toBe("fulfilled");
      outcomes.add(spike.status);
      const row = await db.article.findUniqueOrThrow({ where: { id: articleId } });
      const trail = await db.auditEvent.findMany({
        where: { articleId, action: { in: ["article.archived", "article.restored"] } },
        orderBy: { seq: "asc" },
      });
      expect(trail.map((e) => e.action)).toEqual(
        spike.status === "fulfilled"
          ? ["article.archived", "article.restored", "article.archived"]
          : ["article.archived", "article.restored"],
      );
      expect(row.archivedAt !== null).toBe(spike.status === "fulfilled");
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(1);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("two spikes at once: one wins, the other is told it is already spiked", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { articleId } = await article();
      const results = await Promise.allSettled([
        archiveArticle(articleId, {}, editor),
        archiveArticle(articleId, {}, manager),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await events(articleId, "article.archived")).toHaveLength(1);
    }
  });

  it("a step batch against a spike: the steps land before the spike or are refused after it", async () => {
    const orders = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const { articleId } = await article();
      const typing = await typingSteps(articleId);
      const before = await db.article.findUniqueOrThrow({ where: { id: articleId } });
      const [steps, spike] = await Promise.allSettled([typing(), archiveArticle(articleId, {}, editor)]);
      expect(spike.status).toBe("fulfilled");
      const row = await db.article.findUniqueOrThrow({ where: { id: articleId } });
      expect(row.archivedAt).not.toBeNull();
      const stored = await db.articleStep.findMany({ where: { articleId, version: { gt: before.version } } });
      if (steps.status === "fulfilled") {
        orders.add("steps first");
        expect(row.version).toBeGreaterThan(before.version);
        for (const step of stored)
          expect(step.createdAt.getTime()).toBeLessThanOrEqual(row.archivedAt?.getTime() ?? 0);
        // The edit is in the trail before the spike.
        const [edited] = await events(articleId, "article.edited");
        const [archived] = await events(articleId, "article.archived");
        expect(edited && archived && edited.seq < archived.seq).toBe(true);
      } else {
        orders.add("spike first");
        expect((steps.reason as AppError).code).toBe("article_spiked");
        expect(row.version).toBe(before.version);
        expect(stored).toEqual([]);
      }
    }
    expect(orders.size).toBeGreaterThanOrEqual(1);
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
