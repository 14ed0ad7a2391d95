// The corrections log (IFCN): after an article's first clearance, a change of a claim's
// words or verdict is a correction with a public note (an edit lands at once and its note
// may follow; the next clearance waits for it), listed per article and published on the
// next clearance, after which it never changes.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addSource } from "@/lib/server/sources/add-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { correctionsToCsv, listArticleCorrections } from "@/lib/server/corrections/list-corrections";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { noteCorrection } from "@/lib/server/corrections/note-correction";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import type { DocJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { makeNewsroom } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";
import { editText } from "@/tests/support/documents";

let editor: Actor;
let checker: Actor;
let checker2: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, checker2, manager } = await makeNewsroom());
});

const TEXT = "The state fell in just 11 days, the author says.";

/** A new article with one claim on "11 days". */
async function articleWithClaim() {
  const article = await createArticle({ title: `Corrections ${randomUUID()}`, text: TEXT }, editor);
  const claimId = randomUUID();
  const range = findText(article.doc, "11 days");
  if (!range) throw new Error("text not found");
  await saveArticleDocument(
    article.id,
    { baseVersion: 1, doc: addClaimMark(article.doc, range, claimId) },
    editor,
  );
  return { article, claimId };
}

/** An article whose one claim ("11 days") is verified as Misleading, cleared for publication. */
async function clearedArticle() {
  const { article, claimId } = await articleWithClaim();
  await verify(claimId, "Misleading", "The count starts late.");
  await transitionArticle(article.id, { to: "IN_CHECK" }, editor);
  await transitionArticle(article.id, { to: "CLEARED" }, manager);
  return { articleId: article.id, claimId };
}

async function verify(claimId: string, rating: string, rationale: string, correctionNote?: string) {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  if (claim.status !== "RESEARCHING") {
    await transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  }
  const source = await addSource(
    claimId,
    { url: "https://example.org/report", title: "Timeline report" },
    checker,
  );
  await proposeVerdict(claimId, { rating, rationale, sourceIds: [source.id], correctionNote }, checker);
  await transitionClaim(claimId, { to: "IN_REVIEW" }, checker);
  await transitionClaim(claimId, { to: "VERIFIED" }, checker2);
}

async function edit(articleId: string, replace: (t: string) => string, correctionNote?: string) {
  const current = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return saveArticleDocument(
    articleId,
    {
      baseVersion: current.version,
      doc: editText(current.doc as unknown as DocJSON, replace),
      ...(correctionNote !== undefined ? { correctionNote } : {}),
    },
    editor,
  );
}

const corrections = (articleId: string) =>
  db.correction.findMany({ where: { articleId }, orderBy: { createdAt: "asc" } });

describe("corrections after clearance", () => {
  it("records nothing while the article has never been cleared", async () => {
    const { article } = await articleWithClaim();
    await edit(article.id, (t) => t.replace("11 days", "eleven days"));
    expect(await corrections(article.id)).toEqual([]);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).firstClearedAt).toBeNull();
  });

  it("lands a text change without a note as a correction that needs one, and holds the next clearance until it has one", async () => {
    const { articleId, claimId } = await clearedArticle();
    const before = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(before.firstClearedAt).toBeInstanceOf(Date);

    // Typing never waits for the note: the change lands at once.
    const saved = await edit(articleId, (t) => t.replace("11 days", "eleven days"));
    expect(saved.status).toBe("IN_CHECK");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).quote).toBe("eleven days");
    const [pending] = await corrections(articleId);
    expect(pending).toMatchObject({
      claimId,
      kind: "TEXT",
      note: "",
      before: { quote: "11 days" },
      after: { quote: "eleven days" },
      publishedAt: null,
    });
    const log = await listArticleCorrections(articleId, editor);
    expect(log.corrections[0]?.summary).toBe("The passage “11 days” now reads “eleven days”.");

    // The claim is settled again, but the correction still has no note: no clearance.
    await verify(claimId, "Misleading", "The count starts late.");
    const held = await caught(transitionArticle(articleId, { to: "CLEARED" }, manager));
    expect(held.code).toBe("claims_unresolved");
    expect(held.message).toBe("A correction needs a public note before the article can be cleared.");
    expect(held.details?.blocking).toEqual([
      { id: claimId, quote: "eleven days", why: "Correction note needed" },
    ]);

    // A checker who did not make the change cannot write its note; the editor can.
    const id = pending?.id ?? "";
    expect((await caught(noteCorrection(id, { note: "Ours." }, checker))).code).toBe("forbidden");
    expect((await caught(noteCorrection(id, { note: "   " }, editor))).code).toBe("validation");
    const note = "An earlier version gave the length of the collapse in digits.";
    await noteCorrection(id, { note }, editor);
    const noted = await db.auditEvent.findFirstOrThrow({
      where: { articleId, action: "correction.updated" },
      orderBy: { seq: "desc" },
    });
    expect(noted).toMatchObject({ actorId: editor.id, claimId });
    expect(noted.after).toEqual({ correctionId: id, note });

    const cleared = await transitionArticle(articleId, { to: "CLEARED" }, manager);
    expect(cleared.status).toBe("CLEARED");
    expect((await corrections(articleId))[0]).toMatchObject({ note, publishedAt: expect.any(Date) as Date });
    expect((await caught(noteCorrection(id, { note: "Later." }, editor))).code).toBe("conflict");
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("makes one correction with one note of an edit that changes two overlapping claims", async () => {
    const { articleId, claimId } = await clearedArticle();
    const current = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const range = findText(current.doc as unknown as DocJSON, "fell in just 11 days");
    if (!range) throw new Error("text not found");
    const outer = randomUUID();
    const marked = await saveArticleDocument(
      articleId,
      { baseVersion: current.version, doc: addClaimMark(current.doc as unknown as DocJSON, range, outer) },
      editor,
    );
    await transitionClaim(outer, { to: "DISMISSED", reason: "Covered by the inner claim" }, manager);
    await transitionArticle(articleId, { to: "CLEARED" }, manager);
    expect(marked.claims.map((c) => c.id)).toEqual([outer, claimId]);

    await edit(articleId, (t) => t.replace("11 days", "ten days"));
    const all = await corrections(articleId);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      claimId: outer,
      note: "",
      before: { quote: "fell in just 11 days" },
      after: { quote: "fell in just ten days" },
    });
    const covered = await db.correctionClaim.findMany({ where: { correctionId: all[0]?.id ?? "" } });
    expect(covered.map((c) => c.claimId).sort()).toEqual([outer, claimId].sort());
  });

  it("records a pending correction with the note, folds later edits into it, and publishes it on clearance", async () => {
    const { articleId, claimId } = await clearedArticle();
    const note = "An earlier version gave the length of the collapse in digits.";
    const saved = await edit(articleId, (t) => t.replace("11 days", "eleven days"), note);
    expect(saved.status).toBe("IN_CHECK");
    expect(saved.correctionCount).toBe(1);

    const [recorded] = await corrections(articleId);
    expect(recorded).toMatchObject({
      claimId,
      kind: "TEXT",
      note,
      authorId: editor.id,
      before: { quote: "11 days" },
      after: { quote: "eleven days" },
      publishedAt: null,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { articleId, action: "correction.recorded" },
    });
    expect(event).toMatchObject({ actorId: editor.id, claimId });
    expect(event.after).toMatchObject({ correctionId: recorded?.id, note, kind: "TEXT" });

    // A further edit of the same claim before the next clearance needs no new note.
    await edit(articleId, (t) => t.replace("eleven days", "about eleven days"));
    const folded = await corrections(articleId);
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({
      note,
      before: { quote: "11 days" },
      after: { quote: "about eleven days" },
    });
    expect(await db.auditEvent.count({ where: { articleId, action: "correction.updated" } })).toBe(1);

    // Re-verify and clear again: the correction is published, firstClearedAt stays.
    const firstClearedAt = (await db.article.findUniqueOrThrow({ where: { id: articleId } })).firstClearedAt;
    await verify(claimId, "Misleading", "The count starts late.");
    const cleared = await transitionArticle(articleId, { to: "CLEARED" }, manager);
    expect(cleared.status).toBe("CLEARED");
    const [published] = await corrections(articleId);
    expect(published?.publishedAt).toBeInstanceOf(Date);
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(article.firstClearedAt).toEqual(firstClearedAt);
    const clearing = await db.auditEvent.findFirstOrThrow({
      where: { articleId, action: "article.status_changed" },
      orderBy: { seq: "desc" },
    });
    expect(clearing.after).toEqual({ status: "CLEARED", correctionsPublished: 1 });

    // After publication a new edit is a new correction; the published one is frozen.
    await edit(articleId, (t) => t.replace("about eleven days", "11 days"), "Restored the original figure.");
    const all = await corrections(articleId);
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({
      after: { quote: "about eleven days" },
      publishedAt: published?.publishedAt,
    });
    expect(all[1]).toMatchObject({ before: { quote: "about eleven days" }, after: { quote: "11 days" } });

    const id = published?.id ?? "";
    await expect(
      db.$executeRawUnsafe(`UPDATE "Correction" SET "note" = 'rewritten' WHERE "id" = '${id}'`),
    ).rejects.toThrow(/published corrections cannot be changed/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "Correction" WHERE "id" = '${id}'`)).rejects.toThrow(
      /published corrections cannot be changed/,
    );
    await expect(db.correction.delete({ where: { id } })).rejects.toThrow();
    expect((await db.correction.findUniqueOrThrow({ where: { id } })).note).toBe(note);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("withdraws a pending correction when the text goes back to what was published", async () => {
    const { articleId } = await clearedArticle();
    await edit(articleId, (t) => t.replace("11 days", "ten days"), "Fixed the length of the collapse.");
    expect(await corrections(articleId)).toHaveLength(1);
    await edit(articleId, (t) => t.replace("ten days", "11 days"));
    expect(await corrections(articleId)).toEqual([]);
    const withdrawn = await db.auditEvent.findFirstOrThrow({
      where: { articleId, action: "correction.withdrawn" },
    });
    expect(withdrawn.before).toMatchObject({ note: "Fixed the length of the collapse.", kind: "TEXT" });
  });

  it("gives a save's note only to the corrections it creates, not to a pending one it extends", async () => {
    const { articleId } = await clearedArticle();
    const current = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const range = findText(current.doc as unknown as DocJSON, "the author says");
    if (!range) throw new Error("text not found");
    const second = randomUUID();
    await saveArticleDocument(
      articleId,
      { baseVersion: current.version, doc: addClaimMark(current.doc as unknown as DocJSON, range, second) },
      editor,
    );
    await transitionClaim(second, { to: "DISMISSED", reason: "An attribution, not a claim" }, manager);
    await transitionArticle(articleId, { to: "CLEARED" }, manager);

    await edit(articleId, (t) => t.replace("11 days", "ten days"), "First note.");
    await edit(
      articleId,
      (t) => t.replace("ten days", "about ten days").replace("the author says", "the author writes"),
      "Second note.",
    );
    const notes = Object.fromEntries((await corrections(articleId)).map((c) => [c.claimId, c.note]));
    expect(Object.values(notes).sort()).toEqual(["First note.", "Second note."]);
    expect(notes[second]).toBe("Second note.");
  });

  it("records a correction when a claim's words are deleted, and when a verified claim is removed", async () => {
    const deleted = await clearedArticle();
    await edit(deleted.articleId, (t) => t.replace("11 days", ""));
    const [gone] = await listArticleCorrections(deleted.articleId, editor).then((log) => log.corrections);
    expect(gone).toMatchObject({
      kind: "TEXT",
      note: "",
      after: { quote: null },
      summary: "The passage “11 days” was removed.",
    });

    const removed = await clearedArticle();
    const current = await db.article.findUniqueOrThrow({ where: { id: removed.articleId } });
    await saveArticleDocument(
      removed.articleId,
      {
        baseVersion: current.version,
        doc: current.doc,
        removeClaimIds: [removed.claimId],
        correctionNote: "We withdrew this rating.",
      },
      editor,
    );
    expect((await corrections(removed.articleId))[0]).toMatchObject({
      kind: "VERDICT",
      note: "We withdrew this rating.",
      before: { rating: "Misleading", rationale: "The count starts late." },
      after: { rating: null, rationale: null },
    });
  });

  it("records a changed verdict as a correction written by the proposer when it is approved", async () => {
    const { articleId, claimId } = await clearedArticle();
    const reopened = await transitionClaim(
      claimId,
      { to: "RESEARCHING", reason: "New casualty data" },
      manager,
    );
    expect(reopened.status).toBe("RESEARCHING");
    expect((await db.article.findUniqueOrThrow({ where: { id: articleId } })).status).toBe("IN_CHECK");

    const source = await addSource(claimId, { url: "https://example.org/new", title: "New data" }, checker);
    const refused = await caught(
      proposeVerdict(
        claimId,
        { rating: "False", rationale: "It took 14 days.", sourceIds: [source.id] },
        checker,
      ),
    );
    expect(refused.code).toBe("correction_required");
    expect(refused.issues?.[0]?.path).toBe("correctionNote");
    expect(await db.verdict.count({ where: { claimId, state: "PROPOSED" } })).toBe(0);

    const note = "We changed our rating from Misleading to False after new data.";
    await proposeVerdict(
      claimId,
      { rating: "False", rationale: "It took 14 days.", sourceIds: [source.id], correctionNote: note },
      checker,
    );
    await transitionClaim(claimId, { to: "IN_REVIEW" }, checker);
    expect(await corrections(articleId)).toEqual([]);
    await transitionClaim(claimId, { to: "VERIFIED" }, checker2);

    const [correction] = await corrections(articleId);
    expect(correction).toMatchObject({
      kind: "VERDICT",
      note,
      authorId: checker.id,
      before: { rating: "Misleading", rationale: "The count starts late." },
      after: { rating: "False", rationale: "It took 14 days." },
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { claimId, action: "correction.recorded" } });
    expect(event.actorId).toBe(checker2.id);

    const log = await listArticleCorrections(articleId, editor);
    expect(log.article.firstClearedAt).not.toBeNull();
    expect(log.corrections).toEqual([
      expect.objectContaining({
        kind: "VERDICT",
        summary: "The verdict changed from “Misleading” to “False”.",
        author: { id: checker.id, name: "Chris Checker" },
        claimQuote: "11 days",
        publishedAt: null,
      }),
    ]);
  });

  it("needs no note when the re-proposed verdict is the one already published", async () => {
    const { articleId, claimId } = await clearedArticle();
    await edit(articleId, (t) => t.replace("11 days", "eleven days"), "Spelled out the number.");
    await verify(claimId, "Misleading", "The count starts late.");
    const all = await corrections(articleId);
    expect(all.map((c) => c.kind)).toEqual(["TEXT"]);
  });

  it("sends a cleared article back to check when a claim is marked in it", async () => {
    const { articleId } = await clearedArticle();
    const current = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const range = findText(current.doc as unknown as DocJSON, "the author says");
    if (!range) throw new Error("text not found");
    const saved = await saveArticleDocument(
      articleId,
      {
        baseVersion: current.version,
        doc: addClaimMark(current.doc as unknown as DocJSON, range, randomUUID()),
      },
      checker,
    );
    expect(saved.status).toBe("IN_CHECK");
    expect(await corrections(articleId)).toEqual([]);
  });

  it("exports the log as CSV with formulas neutralised", async () => {
    const { articleId } = await clearedArticle();
    await edit(articleId, (t) => t.replace("11 days", "eleven days"), '=HYPERLINK("http://evil")');
    const csv = correctionsToCsv(await listArticleCorrections(articleId, checker));
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(
      "status,published_at,recorded_at,kind,claim_id,claim_quote,before,after,summary,note,author",
    );
    expect(row).toContain("pending");
    expect(row).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(row).toContain("“11 days” now reads “eleven days”");
  });
});
