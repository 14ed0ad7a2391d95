import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle } from "@/lib/server/articles/create-article";
import { listArticles, type ArticleSummary } from "@/lib/server/articles/list-articles";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import type { DocJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";

const TEXT = [
  "The state collapsed in just “11 days”, the author says.",
  "Over 113 people died, including 13 US servicemen.",
  "Amrullah Saleh took over Kabul security in October 2020.",
].join("\n\n");

let editor: Actor;
let colleague: Actor;
let checker: Actor;

beforeAll(async () => {
  editor = await makeUser("EDITOR", "Elena Editor");
  colleague = await makeUser("EDITOR", "Omar Other");
  checker = await makeUser("CHECKER", "Chris Checker");
});

function mark(doc: DocJSON, text: string): { doc: DocJSON; id: string } {
  const range = findText(doc, text);
  if (!range) throw new Error(`not found: ${text}`);
  const id = randomUUID();
  return { doc: addClaimMark(doc, range, id), id };
}

function summaryOf(list: ArticleSummary[], id: string): ArticleSummary {
  const summary = list.find((a) => a.id === id);
  if (!summary) throw new Error(`article ${id} is not on the desk`);
  return summary;
}

// updatedAt has millisecond precision: a short pause keeps "newest first" unambiguous.
const pause = () => sleep(15);

describe("listArticles", () => {
  it("lists the most recently changed article first, with who changed it", async () => {
    const first = await createArticle({ title: "First", text: TEXT }, editor);
    await pause();
    const second = await createArticle({ title: "Second", text: TEXT }, editor);
    await pause();
    const third = await createArticle({ title: "Third", text: TEXT }, editor);
    await pause();
    // A colleague's save brings the oldest article back to the top.
    await saveArticleDocument(first.id, { baseVersion: 1, doc: mark(first.doc, "11 days").doc }, colleague);

    const desk = await listArticles(checker);
    const order = desk.map((a) => a.id).filter((id) => [first.id, second.id, third.id].includes(id));
    expect(order).toEqual([first.id, third.id, second.id]);
    expect(desk[0]?.id).toBe(first.id);

    const updatedAts = desk.map((a) => Date.parse(a.updatedAt));
    expect(updatedAts).toEqual([...updatedAts].sort((a, b) => b - a));

    expect(summaryOf(desk, first.id)).toMatchObject({
      title: "First",
      status: "DRAFT",
      version: 2,
      updatedBy: { id: colleague.id, name: "Omar Other" },
    });
    expect(summaryOf(desk, second.id).updatedBy).toEqual({ id: editor.id, name: "Elena Editor" });
  });

  it("counts claims by status and orphaned claims, leaving removed claims out", async () => {
    const article = await createArticle({ title: "Counted", text: TEXT }, editor);
    const a = mark(article.doc, "11 days");
    const b = mark(a.doc, "13 US servicemen");
    const c = mark(b.doc, "Amrullah Saleh");
    const d = mark(c.doc, "October 2020");
    const saved = await saveArticleDocument(article.id, { baseVersion: 1, doc: d.doc }, editor);
    // Research moves claims along; no use case does that yet, so the row is updated directly.
    await db.claim.update({ where: { id: c.id }, data: { status: "VERIFIED" } });
    await db.claim.update({ where: { id: d.id }, data: { status: "RESEARCHING" } });

    // Deleting the second paragraph orphans "13 US servicemen"...
    const withoutSecond: DocJSON = { ...saved.doc, content: saved.doc.content?.filter((_, i) => i !== 1) };
    const orphaning = await saveArticleDocument(
      article.id,
      { baseVersion: saved.version, doc: withoutSecond },
      editor,
    );
    expect(orphaning.claims.find((claim) => claim.id === b.id)?.orphaned).toBe(true);
    // ...and "October 2020" is removed outright.
    const removed = await saveArticleDocument(
      article.id,
      { baseVersion: orphaning.version, doc: orphaning.doc, removeClaimIds: [d.id] },
      editor,
    );

    const summary = summaryOf(await listArticles(editor), article.id);
    expect(summary.claimCount).toBe(3);
    expect(summary.orphanedCount).toBe(1);
    expect(summary.claimsByStatus).toEqual({ OPEN: 2, VERIFIED: 1 });
    expect(summary.version).toBe(removed.version);
  });

  it("shows an article without claims with zero counts", async () => {
    const article = await createArticle({ title: "Unmarked", text: TEXT }, editor);
    const summary = summaryOf(await listArticles(editor), article.id);
    expect(summary).toMatchObject({ claimCount: 0, orphanedCount: 0, claimsByStatus: {} });
  });

  it("keeps each article's counts to its own claims", async () => {
    const one = await createArticle({ title: "One claim", text: TEXT }, editor);
    const two = await createArticle({ title: "Two claims", text: TEXT }, editor);
    await saveArticleDocument(one.id, { baseVersion: 1, doc: mark(one.doc, "11 days").doc }, editor);
    const twoMarked = mark(mark(two.doc, "11 days").doc, "Kabul security").doc;
    await saveArticleDocument(two.id, { baseVersion: 1, doc: twoMarked }, editor);

    const desk = await listArticles(editor);
    expect(summaryOf(desk, one.id)).toMatchObject({ claimCount: 1, claimsByStatus: { OPEN: 1 } });
    expect(summaryOf(desk, two.id)).toMatchObject({ claimCount: 2, claimsByStatus: { OPEN: 2 } });
  });
});
