import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { type AppError } from "@/lib/errors";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { getArticle } from "@/lib/server/articles/get-article";
import { closeIdleEditBursts } from "@/lib/server/articles/close-idle-edit-bursts";
import { BURST_IDLE_MS } from "@/lib/server/articles/edit-bursts";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import type { DocJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";
import { editText } from "@/tests/support/documents";

const TEXT = [
  "The state collapsed in just “11 days”, the author says.",
  "Over 113 people died, including 13 US servicemen.",
  "Amrullah Saleh took over Kabul security in October 2020.",
].join("\n\n");

let editor: Actor;
let checker: Actor;

beforeAll(async () => {
  editor = await makeUser("EDITOR");
  checker = await makeUser("CHECKER");
});

async function newArticle() {
  return createArticle({ title: `Test ${randomUUID()}`, text: TEXT }, editor);
}

function mark(doc: DocJSON, text: string, id: string = randomUUID()): { doc: DocJSON; id: string } {
  const range = findText(doc, text);
  if (!range) throw new Error(`not found: ${text}`);
  return { doc: addClaimMark(doc, range, id), id };
}

async function auditActions(articleId: string): Promise<string[]> {
  const events = await db.auditEvent.findMany({ where: { articleId }, orderBy: { seq: "asc" } });
  return events.map((e) => e.action);
}

describe("saveArticleDocument", () => {
  it("creates a claim from a new mark, with its quote, offsets, context, revision and audit events", async () => {
    const article = await newArticle();
    const { doc, id } = mark(article.doc, "11 days");
    const result = await saveArticleDocument(article.id, { baseVersion: 1, doc }, editor);

    expect(result.version).toBe(2);
    const claim = await db.claim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({ quote: "11 days", articleId: article.id, status: "OPEN", orphaned: false });
    expect(TEXT.replace(/\n\n/g, "\n").slice(claim.start, claim.end)).toBe("11 days");
    expect(claim.prefix.endsWith("in just “")).toBe(true);
    expect(claim.suffix.startsWith("”, the author")).toBe(true);
    // One mark is one step, kept in the append-only step log.
    const steps = await db.articleStep.findMany({ where: { articleId: article.id } });
    expect(steps).toMatchObject([{ version: 2, userId: editor.id, step: { stepType: "addMark" } }]);
    expect(await auditActions(article.id)).toEqual(["article.created", "claim.created"]);
    const created = await db.auditEvent.findFirstOrThrow({ where: { claimId: id, action: "claim.created" } });
    expect(created.after).toEqual({ quote: "11 days" });

    // Once the editing burst is idle it becomes one article.edited event and a revision.
    await closeIdleEditBursts(new Date(Date.now() + BURST_IDLE_MS));
    expect(await auditActions(article.id)).toEqual(["article.created", "claim.created", "article.edited"]);
    const edited = await db.auditEvent.findFirstOrThrow({
      where: { articleId: article.id, action: "article.edited" },
    });
    expect(edited).toMatchObject({ actorId: editor.id, after: { fromVersion: 2, toVersion: 2, steps: 1 } });
    expect(await db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);
  });

  it("refuses a save based on an old version and writes nothing", async () => {
    const article = await newArticle();
    await saveArticleDocument(article.id, { baseVersion: 1, doc: mark(article.doc, "11 days").doc }, editor);
    const stale = mark(article.doc, "13 US servicemen");

    const error = await caught(saveArticleDocument(article.id, { baseVersion: 1, doc: stale.doc }, editor));
    expect(error.code).toBe("version_conflict");
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ currentVersion: 2 });
    expect(await db.claim.findUnique({ where: { id: stale.id } })).toBeNull();
    expect((await getArticle(article.id, editor)).version).toBe(2);
  });

  it("lets exactly one of two concurrent saves from the same version win", async () => {
    const article = await newArticle();
    const results = await Promise.allSettled([
      saveArticleDocument(article.id, { baseVersion: 1, doc: mark(article.doc, "11 days").doc }, editor),
      saveArticleDocument(
        article.id,
        { baseVersion: 1, doc: mark(article.doc, "13 US servicemen").doc },
        editor,
      ),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected?.reason as AppError).code).toBe("version_conflict");
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("rejects a document with an unknown node, naming where", async () => {
    const article = await newArticle();
    const doc = { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] };
    const error = await caught(saveArticleDocument(article.id, { baseVersion: 1, doc }, editor));
    expect(error.code).toBe("invalid_document");
    expect(error.issues?.length).toBeGreaterThan(0);
    expect((await getArticle(article.id, editor)).version).toBe(1);
  });

  it("records a reworded claim with its quote before and after", async () => {
    const article = await newArticle();
    const { doc, id } = mark(article.doc, "11 days");
    const saved = await saveArticleDocument(article.id, { baseVersion: 1, doc }, editor);
    const reworded = editText(saved.doc, (t) => t.replace("11 days", "eleven days"));
    await saveArticleDocument(article.id, { baseVersion: saved.version, doc: reworded }, editor);

    expect((await db.claim.findUniqueOrThrow({ where: { id } })).quote).toBe("eleven days");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { claimId: id, action: "claim.text_changed" },
    });
    expect(event.before).toEqual({ quote: "11 days" });
    expect(event.after).toEqual({ quote: "eleven days" });
  });

  it("keeps a claim whose text was deleted as orphaned with its last quote, and re-attaches it", async () => {
    const article = await newArticle();
    const { doc, id } = mark(article.doc, "13 US servicemen");
    const saved = await saveArticleDocument(article.id, { baseVersion: 1, doc }, editor);
    const withoutSentence: DocJSON = { ...saved.doc, content: saved.doc.content?.filter((_, i) => i !== 1) };
    const orphaning = await saveArticleDocument(article.id, { baseVersion: 2, doc: withoutSentence }, editor);

    expect(orphaning.claims.find((c) => c.id === id)).toMatchObject({
      orphaned: true,
      quote: "13 US servicemen",
    });
    expect(await db.auditEvent.count({ where: { claimId: id, action: "claim.orphaned" } })).toBe(1);

    const reattached = mark(withoutSentence, "Kabul security", id);
    const result = await saveArticleDocument(article.id, { baseVersion: 3, doc: reattached.doc }, editor);
    expect(result.claims.find((c) => c.id === id)).toMatchObject({
      orphaned: false,
      quote: "Kabul security",
    });
    expect(await db.auditEvent.count({ where: { claimId: id, action: "claim.reattached" } })).toBe(1);
  });

  it("removes a claim only when asked, stripping its highlight and keeping the row for the record", async () => {
    const article = await newArticle();
    const { doc, id } = mark(article.doc, "11 days");
    await saveArticleDocument(article.id, { baseVersion: 1, doc }, editor);
    // The mark is still in the document: an explicit removal strips it on the server.
    const result = await saveArticleDocument(
      article.id,
      { baseVersion: 2, doc, removeClaimIds: [id] },
      editor,
    );

    expect(result.claims.map((c) => c.id)).not.toContain(id);
    expect(JSON.stringify(result.doc)).not.toContain(id);
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).removedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { claimId: id, action: "claim.removed" } })).toBe(1);
  });

  it("saves overlapping claims, outer before inner", async () => {
    const article = await newArticle();
    const outer = mark(article.doc, "Over 113 people died, including 13 US servicemen");
    const inner = mark(outer.doc, "13 US servicemen");
    const result = await saveArticleDocument(article.id, { baseVersion: 1, doc: inner.doc }, editor);
    expect(result.claims.map((c) => c.id)).toEqual([outer.id, inner.id]);
  });

  it("treats a second range of the same id as a pasted copy and drops it", async () => {
    const article = await newArticle();
    const id = randomUUID();
    const once = mark(article.doc, "11 days", id);
    const twice = mark(once.doc, "October 2020", id);
    const result = await saveArticleDocument(article.id, { baseVersion: 1, doc: twice.doc }, editor);
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]?.quote).toBe("11 days");
    expect(JSON.stringify(result.doc).split(id)).toHaveLength(2);
  });

  it("refuses a claim id that belongs to another article", async () => {
    const first = await newArticle();
    const { doc, id } = mark(first.doc, "11 days");
    await saveArticleDocument(first.id, { baseVersion: 1, doc }, editor);
    const second = await newArticle();
    const error = await caught(
      saveArticleDocument(second.id, { baseVersion: 1, doc: mark(second.doc, "11 days", id).doc }, editor),
    );
    expect(error.code).toBe("invalid_document");
  });

  it("lets a fact-checker mark claims but not change the wording", async () => {
    const article = await newArticle();
    const marked = mark(article.doc, "11 days");
    const ok = await saveArticleDocument(article.id, { baseVersion: 1, doc: marked.doc }, checker);
    expect(ok.version).toBe(2);

    const rewritten = editText(ok.doc, (t) => t.replace("collapsed", "fell"));
    const error = await caught(saveArticleDocument(article.id, { baseVersion: 2, doc: rewritten }, checker));
    expect(error.code).toBe("forbidden");
    expect(error.status).toBe(403);
  });

  it("answers 404 for an unknown article", async () => {
    const error = await caught(
      saveArticleDocument(randomUUID(), { baseVersion: 1, doc: { type: "doc", content: [] } }, editor),
    );
    expect(error.code).toBe("not_found");
  });
});
