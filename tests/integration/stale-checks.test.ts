// Stale checks: a claim keeps the words its approved verdict checked; when its words change
// the claim detail, the workspace's claims and the review queue say so, and an approver other
// than the proposer re-confirms the verdict for the new words — once, for exactly the words
// they read, against edits and other approvers racing them.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { EditorState } from "@tiptap/pm/state";
import { db } from "@/lib/db";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import type { DocJSON } from "@/lib/domain/document/types";
import { TEXT_CHANGED_REASON } from "@/lib/domain/verdicts/reconfirm";
import { findText as findPositions } from "@/lib/editor/testing/find-text";
import type { StepJSON } from "@/lib/editor/steps";
import { applyArticleSteps } from "@/lib/server/articles/apply-article-steps";
import { getArticle } from "@/lib/server/articles/get-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { getClaimTimeline } from "@/lib/server/audit/get-claim-timeline";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import type { Actor } from "@/lib/server/auth/actor";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { listQueue } from "@/lib/server/queue/list-queue";
import { addSource } from "@/lib/server/sources/add-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { reconfirmVerdict } from "@/lib/server/verdicts/reconfirm-verdict";
import { caught } from "@/tests/support/caught";
import { editText } from "@/tests/support/documents";
import { makeNewsroom, makeVerifiedClaim } from "@/tests/support/factories";

const TEXT = "The state fell in just 11 days, the author says.";
const ROUNDS = 5;

let editor: Actor;
let checker: Actor;
let checker2: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, checker2, manager } = await makeNewsroom());
});

const verified = () => makeVerifiedClaim({ editor, checker, manager }, { text: TEXT, quote: "11 days" });

/** The editor changes `from` to `to` in the article (a whole-document save). */
async function reword(articleId: string, from: string, to: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const doc = editText(article.doc as unknown as DocJSON, (t) => t.replace(from, to));
  await saveArticleDocument(articleId, { baseVersion: article.version, doc }, editor);
}

/** The same change as the live editor sends it: typing over `from`, prepared now, sent later. */
async function rewordSteps(articleId: string, from: string, to: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const state = EditorState.create({ doc: getDocumentSchema().nodeFromJSON(article.doc) });
  const range = findPositions(state.doc, from);
  const steps = state.tr.insertText(to, range.from, range.to).steps.map((s) => s.toJSON() as StepJSON);
  return () => applyArticleSteps(articleId, { version: article.version, clientId: "typist", steps }, editor);
}

/** Verified on "11 days", then the editor made it "eleven days": reopened by the system. */
async function reopenedByEdit() {
  const claim = await verified();
  await reword(claim.articleId, "11 days", "eleven days");
  return claim;
}

const events = (claimId: string, action: string) => db.auditEvent.findMany({ where: { claimId, action } });

describe("the checked words", () => {
  it("are kept when a verdict is approved, and shown beside the quote", async () => {
    const { articleId, claimId } = await verified();
    const detail = await getClaimDetail(claimId, editor);
    expect(detail).toMatchObject({ quote: "11 days", checkedQuote: "11 days", stale: false });
    const approved = await events(claimId, "verdict.approved");
    expect(approved[0]?.after).toMatchObject({ final: true, checkedQuote: "11 days" });
    const article = await getArticle(articleId, editor);
    expect(article.claims.find((c) => c.id === claimId)?.checkedQuote).toBe("11 days");
  });

  it("stay what was checked when the words change: the reopened claim is stale", async () => {
    const { articleId, claimId } = await reopenedByEdit();
    const detail = await getClaimDetail(claimId, checker2);
    expect(detail).toMatchObject({
      status: "RESEARCHING",
      statusReason: TEXT_CHANGED_REASON,
      quote: "eleven days",
      checkedQuote: "11 days",
      stale: true,
    });
    expect(detail.can).toMatchObject({ reconfirm: true, reconfirmRefusal: null });
    const article = await getArticle(articleId, editor);
    expect(article.claims.find((c) => c.id === claimId)).toMatchObject({
      quote: "eleven days",
      checkedQuote: "11 days",
    });
    // The proposer sees why there is no Re-confirm for them; an editor sees the notice only.
    const own = await getClaimDetail(claimId, checker);
    expect(own.can.reconfirm).toBe(false);
    expect(own.can.reconfirmRefusal).toMatch(/You proposed this verdict/);
    const editors = await getClaimDetail(claimId, editor);
    expect(editors).toMatchObject({ stale: true, can: { reconfirm: false, reconfirmRefusal: null } });
  });
});

describe("the review queue", () => {
  it("lists a stale verdict for approvers other than its proposer, until it is re-confirmed", async () => {
    const { claimId } = await reopenedByEdit();
    const row = (await listQueue("review", manager)).find((c) => c.id === claimId);
    expect(row).toMatchObject({
      quote: "eleven days",
      checkedQuote: "11 days",
      stale: true,
      awaitsReconfirmation: true,
    });
    expect((await listQueue("review", checker2)).some((c) => c.id === claimId)).toBe(true);
    expect((await listQueue("review", checker)).some((c) => c.id === claimId)).toBe(false);
    expect(await listQueue("review", editor)).toEqual([]);

    await reconfirmVerdict(claimId, { quote: "eleven days" }, manager);
    expect((await listQueue("review", manager)).some((c) => c.id === claimId)).toBe(false);
  });

  it("lists a claim with a new proposal for its review, not for a re-confirmation", async () => {
    const { claimId } = await reopenedByEdit();
    const source = await addSource(claimId, { url: "https://example.org/new", title: "New" }, checker);
    await proposeVerdict(
      claimId,
      { rating: "Misleading", rationale: "Still misleading.", sourceIds: [source.id] },
      checker,
    );
    expect((await listQueue("review", manager)).some((c) => c.id === claimId)).toBe(false);
    await transitionClaim(claimId, { to: "IN_REVIEW" }, checker);
    const row = (await listQueue("review", manager)).find((c) => c.id === claimId);
    expect(row).toMatchObject({ status: "IN_REVIEW", stale: true, awaitsReconfirmation: false });
    // Approving the new verdict records the words it checked: nothing is stale any more.
    const detail = await transitionClaim(claimId, { to: "VERIFIED" }, manager);
    expect(detail).toMatchObject({ checkedQuote: "eleven days", stale: false });
  });
});

describe("re-confirming a verdict for new words", () => {
  it("verifies a claim reopened by an edit again, with one audit event naming both words", async () => {
    const { claimId } = await reopenedByEdit();
    const detail = await reconfirmVerdict(claimId, { quote: "eleven days" }, checker2);
    expect(detail).toMatchObject({
      status: "VERIFIED",
      statusReason: null,
      quote: "eleven days",
      checkedQuote: "eleven days",
      stale: false,
      rating: { label: "Misleading" },
    });
    const [event] = await events(claimId, "verdict.reconfirmed");
    expect(event).toMatchObject({ actorId: checker2.id });
    expect(event?.before).toMatchObject({ checkedQuote: "11 days" });
    expect(event?.after).toMatchObject({ checkedQuote: "eleven days", rating: "Misleading" });
    const status = await db.auditEvent.findFirstOrThrow({
      where: { claimId, action: "claim.status_changed" },
      orderBy: { seq: "desc" },
    });
    expect(status).toMatchObject({ actorId: checker2.id, reason: "verdict re-confirmed for the new words" });
    expect(status.after).toEqual({ status: "VERIFIED" });

    const timeline = await getClaimTimeline(claimId, editor);
    expect(timeline.events.map((e) => e.action)).toContain("verdict.reconfirmed");
    const notice = await db.notification.findFirst({
      where: { userId: checker.id, claimId, kind: "approved", message: { contains: "re-confirmed" } },
    });
    expect(notice?.message).toMatch(/re-confirmed your verdict “Misleading” for the new words “eleven days”/);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("keeps a verified claim re-attached to other words verified, and re-confirms it", async () => {
    const { articleId, claimId } = await verified();
    // The words are deleted (the claim is orphaned, still verified), then re-attached elsewhere.
    await reword(articleId, "11 days", "");
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      orphaned: true,
      status: "VERIFIED",
    });
    const orphaned = await getClaimDetail(claimId, manager);
    expect(orphaned.can.reconfirm).toBe(false);
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const doc = article.doc as unknown as DocJSON;
    const range = findText(doc, "the author says");
    if (!range) throw new Error("text not found");
    await saveArticleDocument(
      articleId,
      { baseVersion: article.version, doc: addClaimMark(doc, range, claimId) },
      editor,
    );
    const stale = await getClaimDetail(claimId, manager);
    expect(stale).toMatchObject({
      status: "VERIFIED",
      orphaned: false,
      quote: "the author says",
      checkedQuote: "11 days",
      stale: true,
      can: { reconfirm: true },
    });
    expect((await listQueue("review", manager)).find((c) => c.id === claimId)).toMatchObject({
      awaitsReconfirmation: true,
    });
    const done = await reconfirmVerdict(claimId, { quote: "the author says" }, manager);
    expect(done).toMatchObject({ status: "VERIFIED", checkedQuote: "the author says", stale: false });
    // No status change: only the re-confirmation is recorded.
    const after = await db.auditEvent.findMany({ where: { claimId }, orderBy: { seq: "desc" }, take: 1 });
    expect(after[0]?.action).toBe("verdict.reconfirmed");
  });

  it("refuses the proposer and editors (403) and writes nothing", async () => {
    const { claimId } = await reopenedByEdit();
    const own = await caught(reconfirmVerdict(claimId, { quote: "eleven days" }, checker));
    expect(own).toMatchObject({ code: "forbidden", status: 403 });
    expect(own.message).toMatch(/another reviewer must re-confirm/);
    const byEditor = await caught(reconfirmVerdict(claimId, { quote: "eleven days" }, editor));
    expect(byEditor).toMatchObject({
      code: "forbidden",
      message: "Only fact-checkers and managers re-confirm verdicts.",
    });
    expect(await events(claimId, "verdict.reconfirmed")).toHaveLength(0);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      status: "RESEARCHING",
      checkedQuote: "11 days",
    });
  });

  it("answers 409 quote_changed with the current words when they changed since they were read", async () => {
    const { articleId, claimId } = await reopenedByEdit();
    await reword(articleId, "eleven days", "twelve days");
    const error = await caught(reconfirmVerdict(claimId, { quote: "eleven days" }, manager));
    expect(error).toMatchObject({
      code: "quote_changed",
      status: 409,
      details: { currentQuote: "twelve days" },
    });
    expect(await events(claimId, "verdict.reconfirmed")).toHaveLength(0);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
      status: "RESEARCHING",
      checkedQuote: "11 days",
    });
  });

  it("refuses bad input with a clear message, and claims that are not stale or were reopened by a person", async () => {
    const { claimId } = await reopenedByEdit();
    const blank = await caught(reconfirmVerdict(claimId, { quote: "" }, manager));
    expect(blank).toMatchObject({ code: "validation", status: 422 });
    expect(blank.issues?.[0]).toMatchObject({ path: "quote" });
    const missing = await caught(reconfirmVerdict(claimId, {} as { quote: string }, manager));
    expect(missing.issues?.[0]?.message).toMatch(/Send the claim's words/);

    const fresh = await verified();
    const notStale = await caught(reconfirmVerdict(fresh.claimId, { quote: "11 days" }, manager));
    expect(notStale).toMatchObject({ code: "conflict", status: 409 });
    expect(notStale.message).toMatch(/already stands for these exact words/);

    const manual = await verified();
    await transitionClaim(
      manual.claimId,
      { to: "RESEARCHING", reason: "The source was retracted." },
      manager,
    );
    await reword(manual.articleId, "11 days", "eleven days");
    const reopened = await caught(reconfirmVerdict(manual.claimId, { quote: "eleven days" }, manager));
    expect(reopened).toMatchObject({ code: "conflict" });
    expect((await getClaimDetail(manual.claimId, manager)).can.reconfirm).toBe(false);

    const unknown = await caught(reconfirmVerdict(randomUUID(), { quote: "x" }, manager));
    expect(unknown).toMatchObject({ code: "not_found", status: 404 });
  });
});

describe("races", () => {
  it("a re-confirmation against an edit of the claim's words: it re-confirms only the words it read", async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const { articleId, claimId } = await reopenedByEdit();
      const edit = await rewordSteps(articleId, "eleven", "twelve");
      // Started in turns, so that on SQLite (one writer) each side gets to go first.
      const confirm = () => reconfirmVerdict(claimId, { quote: "eleven days" }, manager);
      const [confirmation, change] =
        round % 2 === 0
          ? await Promise.allSettled([confirm(), edit()])
          : await Promise.allSettled([edit(), confirm()]).then(([e, c]) => [c, e] as const);
      expect(change.status).toBe("fulfilled");
      const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
      const recorded = await events(claimId, "verdict.reconfirmed");
      expect(claim.quote).toBe("twelve days");
      if (confirmation.status === "fulfilled") {
        // Re-confirmed first, then the edit reopened it again: stale against the new words.
        outcomes.add("reconfirmed first");
        expect(recorded).toHaveLength(1);
        expect(claim).toMatchObject({ status: "RESEARCHING", checkedQuote: "eleven days" });
      } else {
        outcomes.add("edited first");
        expect(confirmation.reason).toMatchObject({
          code: "quote_changed",
          details: { currentQuote: "twelve days" },
        });
        expect(recorded).toHaveLength(0);
        expect(claim).toMatchObject({ status: "RESEARCHING", checkedQuote: "11 days" });
      }
      // Never verified on words nobody re-confirmed.
      expect(claim.status === "VERIFIED" && claim.checkedQuote !== claim.quote).toBe(false);
    }
    expect((await verifyAuditChain()).ok).toBe(true);
    console.info(`re-confirmation against an edit: ${[...outcomes].join(", ")}`);
  });

  it("two approvers re-confirming at once: one wins, the other hears it, one audit event", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { claimId } = await reopenedByEdit();
      const results = await Promise.allSettled([
        reconfirmVerdict(claimId, { quote: "eleven days" }, manager),
        reconfirmVerdict(claimId, { quote: "eleven days" }, checker2),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]?.reason).toMatchObject({ code: "conflict", status: 409 });
      expect(String((lost[0]?.reason as Error).message)).toMatch(/already stands for these exact words/);
      expect(await events(claimId, "verdict.reconfirmed")).toHaveLength(1);
      const statusChanges = await db.auditEvent.count({
        where: { claimId, action: "claim.status_changed", reason: "verdict re-confirmed for the new words" },
      });
      expect(statusChanges).toBe(1);
      expect(await db.claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({
        status: "VERIFIED",
        checkedQuote: "eleven days",
      });
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});
