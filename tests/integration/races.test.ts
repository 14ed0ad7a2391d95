// Two people at once: every pair of writes to one article that can race, fired together
// (truly in parallel on PostgreSQL, whose article row lock orders them), several times so
// that either may win. Whatever the order, the article is never cleared with an unsettled
// claim, a reworded claim is never left verified, a change to a cleared article always has
// its correction, and a claim needing two approvals is verified exactly once.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import type { DocJSON } from "@/lib/domain/document/types";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { applyArticleSteps } from "@/lib/server/articles/apply-article-steps";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addSource } from "@/lib/server/sources/add-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { findText as findPositions } from "@/lib/editor/testing/find-text";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import type { StepJSON } from "@/lib/editor/steps";
import { EditorState } from "@tiptap/pm/state";
import type { Actor } from "@/lib/server/auth/actor";
import { makeNewsroom } from "@/tests/support/factories";
import { editText } from "@/tests/support/documents";
import { CollabClient } from "@/tests/support/collab-client";

let editor: Actor;
let checker: Actor;
let checker2: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, checker2, manager } = await makeNewsroom());
});

const TEXT = "The state fell in just 11 days, the author says.";
const ROUNDS = 6;

async function articleWithClaim() {
  const article = await createArticle({ title: `Race ${randomUUID()}`, text: TEXT }, editor);
  const claimId = randomUUID();
  const range = findText(article.doc, "11 days");
  if (!range) throw new Error("text not found");
  await saveArticleDocument(
    article.id,
    { baseVersion: 1, doc: addClaimMark(article.doc, range, claimId) },
    editor,
  );
  return { articleId: article.id, claimId };
}

/** Proposed by `checker` and submitted: in review. */
async function inReview() {
  const { articleId, claimId } = await articleWithClaim();
  await transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  const source = await addSource(claimId, { url: "https://example.org/r", title: "Report" }, checker);
  await proposeVerdict(
    claimId,
    { rating: "Misleading", rationale: "Late count.", sourceIds: [source.id] },
    checker,
  );
  await transitionClaim(claimId, { to: "IN_REVIEW" }, checker);
  return { articleId, claimId };
}

/** Verified and the article in check, ready to be cleared. */
async function readyToClear() {
  const claim = await inReview();
  await transitionClaim(claim.claimId, { to: "VERIFIED" }, checker2);
  await transitionArticle(claim.articleId, { to: "IN_CHECK" }, editor);
  return claim;
}

/** A reword of the claim's words as the live editor sends it. */
async function rewordSteps(articleId: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  // Typing over "11", as the editor does it (the typed words keep the claim's mark).
  const state = EditorState.create({ doc: getDocumentSchema().nodeFromJSON(article.doc) });
  const { from, to } = findPositions(state.doc, "11");
  const steps = state.tr.insertText("eleven", from, to).steps.map((step) => step.toJSON() as StepJSON);
  return () => applyArticleSteps(articleId, { version: article.version, clientId: "typist", steps }, editor);
}

async function rewordSave(articleId: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const doc = editText(article.doc as unknown as DocJSON, (t) => t.replace("11 days", "eleven days"));
  return () => saveArticleDocument(articleId, { baseVersion: article.version, doc }, editor);
}

/** What must hold after any race on an article. */
async function expectConsistent(articleId: string) {
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { claims: { where: { removedAt: null } }, corrections: true },
  });
  if (article.status === "CLEARED") {
    for (const claim of article.claims) {
      expect(["VERIFIED", "DISMISSED"]).toContain(claim.status);
      expect(claim.orphaned).toBe(false);
    }
  }
  for (const claim of article.claims) {
    const verifiedAt = await db.auditEvent.findFirst({
      where: { claimId: claim.id, action: "claim.status_changed" },
      orderBy: { seq: "desc" },
    });
    const reworded = await db.auditEvent.findFirst({
      where: { claimId: claim.id, action: "claim.text_changed" },
      orderBy: { seq: "desc" },
    });
    // A claim verified before its words last changed is no longer verified.
    if (reworded && verifiedAt && verifiedAt.seq < reworded.seq) expect(claim.status).not.toBe("VERIFIED");
  }
  const cleared = await db.auditEvent.findFirst({
    where: { articleId, action: "article.status_changed", after: { equals: { status: "CLEARED" } } },
    orderBy: { seq: "asc" },
  });
  const rewordedAfterClearance = cleared
    ? await db.auditEvent.count({
        where: { articleId, action: "claim.text_changed", seq: { gt: cleared.seq } },
      })
    : 0;
  if (rewordedAfterClearance > 0) expect(article.corrections.length).toBeGreaterThan(0);
  expect((await verifyAuditChain()).ok).toBe(true);
}

describe("two writes to one article at once", () => {
  it.each([
    ["a step batch", rewordSteps],
    ["a whole-document save", rewordSave],
  ])("%s rewording a verified claim against the clearance", async (_name, reword) => {
    const orders = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const { articleId, claimId } = await readyToClear();
      const edit = await reword(articleId);
      const [clearance, change] = await Promise.allSettled([
        transitionArticle(articleId, { to: "CLEARED" }, manager),
        edit(),
      ]);
      expect(change.status).toBe("fulfilled");
      orders.add(clearance.status === "fulfilled" ? "cleared first" : "edited first");
      const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
      expect(claim).toMatchObject({ quote: "eleven days", status: "RESEARCHING" });
      const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
      expect(article.status).toBe("IN_CHECK");
      if (clearance.status === "fulfilled") {
        expect(await db.correction.count({ where: { articleId } })).toBe(1);
      } else {
        expect((clearance.reason as { code?: string }).code).toBe("claims_unresolved");
      }
      await expectConsistent(articleId);
    }
    expect(orders.size).toBeGreaterThan(0);
  });

  it("two approvers at once on a claim that needs two approvals verify it exactly once", async () => {
    await db.setting.upsert({
      where: { key: "approvalsRequired" },
      create: { key: "approvalsRequired", value: 2 },
      update: { value: 2 },
    });
    try {
      for (let round = 0; round < ROUNDS; round += 1) {
        const { claimId } = await inReview();
        const results = await Promise.allSettled([
          transitionClaim(claimId, { to: "VERIFIED" }, checker2),
          transitionClaim(claimId, { to: "VERIFIED" }, manager),
        ]);
        expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
        expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("VERIFIED");
        const verified = await db.auditEvent.count({
          where: { claimId, action: "claim.status_changed", after: { equals: { status: "VERIFIED" } } },
        });
        expect(verified).toBe(1);
        expect(await db.verdictApproval.count({ where: { verdict: { claimId } } })).toBe(2);
        expect(await db.verdict.count({ where: { claimId, state: "APPROVED" } })).toBe(1);
      }
    } finally {
      await db.setting.delete({ where: { key: "approvalsRequired" } });
    }
  });

  it("an approval against a reword of the claim: never verified on words nobody checked after", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { articleId, claimId } = await inReview();
      const edit = await rewordSteps(articleId);
      const [approval, change] = await Promise.allSettled([
        transitionClaim(claimId, { to: "VERIFIED" }, checker2),
        edit(),
      ]);
      expect(approval.status).toBe("fulfilled");
      expect(change.status).toBe("fulfilled");
      await expectConsistent(articleId);
    }
  });

  it("reopening a claim against the clearance: a cleared article never holds it unsettled", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { articleId, claimId } = await readyToClear();
      await Promise.allSettled([
        transitionArticle(articleId, { to: "CLEARED" }, manager),
        transitionClaim(claimId, { to: "RESEARCHING", reason: "New figures" }, manager),
      ]);
      expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("RESEARCHING");
      expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).status).not.toBe("CLEARED");
      await expectConsistent(articleId);
    }
  });

  it("a checker's mark against an editor's typing: both land, one claim, one document", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const article = await createArticle({ title: `Mark race ${randomUUID()}`, text: TEXT }, editor);
      const marker = await CollabClient.open(article.id, checker, "marker");
      const typist = await CollabClient.open(article.id, editor, "typist");
      const id = randomUUID();
      const range = findPositions(marker.state.doc, "11 days");
      marker.edit((tr, state) => tr.addMark(range.from, range.to, state.schema.marks.claim!.create({ id })));
      typist.edit((tr) => tr.insertText("Sadly, ", 1));
      await Promise.all([marker.flush(), typist.flush()]);
      await Promise.all([marker.pull(), typist.pull()]);
      expect(marker.json()).toEqual(typist.json());
      const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
      expect(stored.doc).toEqual(marker.json());
      expect(await db.claim.findMany({ where: { articleId: article.id } })).toMatchObject([
        { id, quote: "11 days", orphaned: false },
      ]);
    }
  });
});
