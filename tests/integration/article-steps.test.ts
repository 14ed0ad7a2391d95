// The step protocol through the real use cases: versions, behind-and-rebase, what each
// role may change (on the real demo article: headings, nested claims), schema refusals,
// the server's own mending steps, undo, and the documented limits.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, getDbProvider } from "@/lib/db";
import { getPlainText } from "@/lib/domain/document/plain-text";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import { MAX_ARTICLE_TEXT } from "@/lib/validation/articles";
import { createArticle } from "@/lib/server/articles/create-article";
import { applyArticleSteps } from "@/lib/server/articles/apply-article-steps";
import { listArticleSteps } from "@/lib/server/articles/list-article-steps";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { getArticle } from "@/lib/server/articles/get-article";
import { removeClaim } from "@/lib/server/claims/remove-claim";
import { closeIdleEditBursts } from "@/lib/server/articles/close-idle-edit-bursts";
import { BURST_IDLE_MS } from "@/lib/server/articles/edit-bursts";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { DEMO_ARTICLE_TITLE, DEMO_CLAIMS, seedDemo } from "@/lib/server/demo/seed-demo";
import { findText as findPositions } from "@/lib/editor/testing/find-text";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { CollabClient } from "@/tests/support/collab-client";

let editor: Actor;
let checker: Actor;
let demoId: string;

beforeAll(async () => {
  await seedDemo();
  const people = await db.user.findMany({ select: { id: true, email: true, name: true, role: true } });
  const byEmail = (email: string) => people.find((p) => p.email === email) as Actor;
  editor = byEmail("editor@claimdesk.test");
  checker = byEmail("checker@claimdesk.test");
  demoId = (await db.article.findFirstOrThrow({ where: { title: DEMO_ARTICLE_TITLE } })).id;
});

const TEXT = "The state fell in just 11 days.\n\nOver 113 people died, including 13 US servicemen.";

async function newArticle(text = TEXT) {
  return createArticle({ title: `Steps ${randomUUID()}`, text }, editor);
}

const claimMark = (id: string) => ({ type: "claim", attrs: { id } });

describe("the step protocol", () => {
  it("applies steps, answers the new version, and serves them to others", async () => {
    const article = await newArticle();
    const insert = {
      stepType: "replace" as const,
      from: 1,
      to: 1,
      slice: { content: [{ type: "text", text: "So " }] },
    };
    const result = await applyArticleSteps(
      article.id,
      { version: 1, clientId: "a", steps: [insert] },
      editor,
    );
    expect(result).toEqual({
      kind: "applied",
      version: 2,
      steps: [],
      clientIds: [],
      claims: [],
      removedIds: [],
      article: null,
    });

    const since = await listArticleSteps(article.id, { since: "1" }, checker);
    expect(since).toEqual({ version: 2, latest: 2, steps: [insert], clientIds: ["a"], more: false });
    const stored = await getArticle(article.id, checker);
    expect(getPlainText(stored.doc).startsWith("So The state")).toBe(true);
  });

  it("answers a client that is behind with the steps it missed, and accepts them rebased", async () => {
    const article = await newArticle();
    const a = await CollabClient.open(article.id, editor, "client-a");
    const b = await CollabClient.open(article.id, editor, "client-b");
    a.edit((tr) => tr.insertText("Sadly, ", 1));
    b.edit((tr) => tr.insertText(" Really.", 32));
    expect(await a.send()).toBe("sent");
    expect(await b.send()).toBe("behind");
    expect(b.pending).toBe(1);
    expect(await b.send()).toBe("sent");
    await a.pull();
    expect(a.json()).toEqual(b.json());
    const stored = await getArticle(article.id, editor);
    expect(stored.doc).toEqual(a.json());
    expect(getPlainText(stored.doc).split("\n")[0]).toBe("Sadly, The state fell in just 11 days. Really.");
  });

  it("refuses a version from the future and a version the step log cannot replay", async () => {
    const article = await newArticle();
    const step = {
      stepType: "replace" as const,
      from: 1,
      to: 1,
      slice: { content: [{ type: "text", text: "x" }] },
    };
    const ahead = await caught(
      applyArticleSteps(article.id, { version: 5, clientId: "a", steps: [step] }, editor),
    );
    expect(ahead.code).toBe("version_conflict");
    expect((await caught(listArticleSteps(article.id, { since: "x" }, editor))).code).toBe("validation");
    expect((await caught(listArticleSteps(randomUUID(), { since: 0 }, editor))).code).toBe("not_found");
  });
});

describe("what each role may change, on the demo article (headings, nested claims)", () => {
  it("answers the claims a batch created with the batch, for the sender's panel", async () => {
    const article = await newArticle();
    const id = randomUUID();
    const step = { stepType: "addMark" as const, from: 24, to: 31, mark: claimMark(id) };
    const result = await applyArticleSteps(article.id, { version: 1, clientId: "a", steps: [step] }, checker);
    expect(result).toMatchObject({ kind: "applied", claims: [{ id, quote: "11 days", status: "OPEN" }] });
  });

  it("lets a fact-checker mark a claim through steps and through a whole-document save", async () => {
    // An editor links a source in the text first: a link must not stop anyone marking.
    const linker = await CollabClient.open(demoId, editor, "editor-1");
    const linked = findPositions(linker.state.doc, "Islamic State Khorasan Province");
    linker.edit((tr, state) =>
      tr.addMark(
        linked.from,
        linked.to,
        state.schema.marks.link!.create({ href: "https://example.org/iskp" }),
      ),
    );
    await linker.flush();

    const client = await CollabClient.open(demoId, checker, "checker-1");
    const range = findPositions(client.state.doc, "Haqqani Network");
    const id = randomUUID();
    client.edit((tr, state) => tr.addMark(range.from, range.to, state.schema.marks.claim!.create({ id })));
    expect(await client.send()).toBe("sent");
    expect(await db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      quote: "Haqqani Network",
      createdById: checker.id,
    });

    const current = await getArticle(demoId, checker);
    expect(JSON.stringify(current.doc)).toContain("https://example.org/iskp");
    const textRange = findText(current.doc, "Taliban rule in Afghanistan");
    if (!textRange) throw new Error("text not found");
    const second = randomUUID();
    const saved = await saveArticleDocument(
      demoId,
      { baseVersion: current.version, doc: addClaimMark(current.doc, textRange, second) },
      checker,
    );
    expect(saved.claims.find((c) => c.id === second)?.quote).toBe("Taliban rule in Afghanistan");
    // The seeded claims, the nested one included, are untouched.
    for (const demo of DEMO_CLAIMS) {
      expect(saved.claims.find((c) => c.id === demo.id)).toMatchObject({ quote: demo.text, orphaned: false });
    }
  });

  it("refuses a fact-checker's step that changes wording or formatting, and writes nothing", async () => {
    const before = await db.article.findUniqueOrThrow({ where: { id: demoId } });
    const steps = await db.articleStep.count({ where: { articleId: demoId } });
    const reword = {
      stepType: "replace" as const,
      from: 3,
      to: 5,
      slice: { content: [{ type: "text", text: "xx" }] },
    };
    const bold = { stepType: "addMark" as const, from: 3, to: 8, mark: { type: "bold" } };
    for (const step of [reword, bold]) {
      const error = await caught(
        applyArticleSteps(demoId, { version: before.version, clientId: "c", steps: [step] }, checker),
      );
      expect(error.code).toBe("forbidden");
      expect(error.status).toBe(403);
    }
    expect((await db.article.findUniqueOrThrow({ where: { id: demoId } })).version).toBe(before.version);
    expect(await db.articleStep.count({ where: { articleId: demoId } })).toBe(steps);
  });

  it("refuses a step that does not fit the schema with 422, and writes nothing", async () => {
    const article = await newArticle();
    const cases = [
      { stepType: "replace", from: 1, to: 1, slice: { content: [{ type: "heading", attrs: { level: 2 } }] } },
      { stepType: "replace", from: 1, to: 1, slice: { content: [{ type: "iframe" }] } },
      { stepType: "addMark", from: 1, to: 5, mark: { type: "link", attrs: { href: "javascript:alert(1)" } } },
      { stepType: "replace", from: 9999, to: 9999, slice: { content: [{ type: "text", text: "x" }] } },
      { stepType: "addNodeMark", pos: 0, mark: { type: "bold" } },
    ];
    for (const step of cases) {
      const error = await caught(
        applyArticleSteps(article.id, { version: 1, clientId: "c", steps: [step as never] }, editor),
      );
      expect(error.status, JSON.stringify(step)).toBe(422);
    }
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(1);
  });

  it("refuses a claim id that belongs to another article", async () => {
    const article = await newArticle();
    const foreign = DEMO_CLAIMS[0].id;
    const step = { stepType: "addMark" as const, from: 1, to: 4, mark: claimMark(foreign) };
    const error = await caught(
      applyArticleSteps(article.id, { version: 1, clientId: "c", steps: [step] }, editor),
    );
    expect(error.code).toBe("invalid_document");
  });
});

describe("claims that survive", () => {
  it("mends a claim split by a colleague's concurrent typing: one claim, one range, for everyone", async () => {
    const article = await newArticle();
    const marker = await CollabClient.open(article.id, checker, "marker");
    const typist = await CollabClient.open(article.id, editor, "typist");
    const id = randomUUID();
    const range = findPositions(marker.state.doc, "fell in just 11 days");
    marker.edit((tr, state) => tr.addMark(range.from, range.to, state.schema.marks.claim!.create({ id })));
    // The typist, not yet seeing the mark, types inside its words.
    typist.edit((tr) => tr.insertText("only ", findPositions(typist.state.doc, "11 days").from));
    expect(await marker.send()).toBe("sent");
    await typist.flush();
    await marker.pull();

    expect(marker.json()).toEqual(typist.json());
    const stored = await getArticle(article.id, editor);
    expect(stored.doc).toEqual(typist.json());
    expect(stored.claims.filter((c) => c.id === id)).toMatchObject([{ quote: "fell in just only 11 days" }]);
    expect(JSON.stringify(stored.doc).split(id)).toHaveLength(2);
  });

  it("brings a claim back when its deleted sentence is undone, never leaving it orphaned", async () => {
    const article = await newArticle();
    const id = randomUUID();
    const range = findText(article.doc, "13 US servicemen");
    if (!range) throw new Error("text not found");
    await saveArticleDocument(
      article.id,
      { baseVersion: 1, doc: addClaimMark(article.doc, range, id) },
      editor,
    );
    const client = await CollabClient.open(article.id, editor, "undoer");
    const other = await CollabClient.open(article.id, checker, "watcher");
    const sentence = findPositions(client.state.doc, "Over 113 people died, including 13 US servicemen.");
    client.edit((tr) => tr.delete(sentence.from, sentence.to));
    await client.flush();
    expect(await db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({ orphaned: true });

    expect(client.undo()).toBe(true);
    await client.flush();
    await other.pull();
    expect(await db.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      orphaned: false,
      quote: "13 US servicemen",
    });
    expect(other.json()).toEqual(client.json());
    expect(await db.auditEvent.count({ where: { claimId: id, action: "claim.reattached" } })).toBe(1);
  });

  it("leaves no phantom highlight when a removed claim's mark comes back through an undo", async () => {
    const article = await newArticle();
    const client = await CollabClient.open(article.id, editor, "remover");
    const id = randomUUID();
    const range = findPositions(client.state.doc, "11 days");
    client.edit((tr, state) => tr.addMark(range.from, range.to, state.schema.marks.claim!.create({ id })));
    await client.flush();
    // Remove claim (an explicit removal on the server), then the person's undo history
    // still re-adds the mark it once made.
    const current = await getArticle(article.id, editor);
    await saveArticleDocument(
      article.id,
      { baseVersion: current.version, doc: current.doc, removeClaimIds: [id] },
      editor,
    );
    await client.pull();
    client.edit((tr, state) => tr.addMark(range.from, range.to, state.schema.marks.claim!.create({ id })));
    await client.flush();
    expect(JSON.stringify(client.json())).not.toContain(id);
    expect(JSON.stringify((await getArticle(article.id, editor)).doc)).not.toContain(id);
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).removedAt).not.toBeNull();
  });
});

describe("the step log and the audit trail", () => {
  it("refuses to change or delete a stored step, and the verifier notices a tamperer who forces it", async () => {
    const article = await newArticle();
    const client = await CollabClient.open(article.id, editor, "logged");
    client.edit((tr) => tr.insertText("Logged. ", 1));
    await client.flush();
    await closeIdleEditBursts(new Date(Date.now() + BURST_IDLE_MS));
    expect((await verifyAuditChain()).ok).toBe(true);

    const where = `"articleId" = '${article.id}' AND "version" = 2`;
    await expect(
      db.$executeRawUnsafe(`UPDATE "ArticleStep" SET "clientId" = 'x' WHERE ${where}`),
    ).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "ArticleStep" WHERE ${where}`)).rejects.toThrow(
      /append-only/,
    );

    // A tamperer with full access drops the triggers and rewrites the step.
    const isPostgres = getDbProvider() === "postgresql";
    await db.$executeRawUnsafe(
      isPostgres
        ? `DROP TRIGGER "ArticleStep_append_only" ON "ArticleStep"`
        : `DROP TRIGGER "ArticleStep_no_update"`,
    );
    const forged = JSON.stringify({
      stepType: "replace",
      from: 1,
      to: 1,
      slice: { content: [{ type: "text", text: "Forged. " }] },
    });
    await db.$executeRawUnsafe(`UPDATE "ArticleStep" SET "step" = '${forged}' WHERE ${where}`);
    const report = await verifyAuditChain();
    expect(report.ok).toBe(false);
    expect(report.reason).toMatch(/steps altered/);
  });
});

describe("Remove claim", () => {
  it("takes the claim and its highlight out for everyone, with server steps, and only for editors", async () => {
    const article = await newArticle();
    const id = randomUUID();
    const range = findText(article.doc, "11 days");
    if (!range) throw new Error("text not found");
    await saveArticleDocument(
      article.id,
      { baseVersion: 1, doc: addClaimMark(article.doc, range, id) },
      editor,
    );
    const watcher = await CollabClient.open(article.id, checker, "watcher");

    expect((await caught(removeClaim(id, {}, checker))).code).toBe("forbidden");
    const { version } = await removeClaim(id, {}, editor);
    expect(version).toBe(3);
    await watcher.pull();
    expect(JSON.stringify(watcher.json())).not.toContain(id);
    const step = await db.articleStep.findUniqueOrThrow({
      where: { articleId_version: { articleId: article.id, version: 3 } },
    });
    expect(step).toMatchObject({ clientId: "server", userId: editor.id, step: { stepType: "removeMark" } });
    expect((await db.claim.findUniqueOrThrow({ where: { id } })).removedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { claimId: id, action: "claim.removed" } })).toBe(1);
    expect((await caught(removeClaim(id, {}, editor))).code).toBe("not_found");
  });
});

describe("at the documented limits", () => {
  it("takes an article of exactly 1,000,000 characters and refuses a step that would go past it", async () => {
    const line = `${"x".repeat(999)}\n`;
    const text = line.repeat(1000).slice(0, MAX_ARTICLE_TEXT - 1);
    const article = await createArticle({ title: "At the limit", text }, editor);
    expect(getPlainText(article.doc)).toHaveLength(MAX_ARTICLE_TEXT - 1);
    const typeOne = (pos: number, version: number, chars: string) =>
      applyArticleSteps(
        article.id,
        {
          version,
          clientId: "limit",
          steps: [
            { stepType: "replace", from: pos, to: pos, slice: { content: [{ type: "text", text: chars }] } },
          ],
        },
        editor,
      );
    expect(await typeOne(1, 1, "y")).toMatchObject({ kind: "applied", version: 2 });
    expect((await caught(typeOne(1, 2, "z"))).code).toBe("payload_too_large");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(2);
  });

  it("holds 3,000 claims: marking, reading the article and editing it all work on SQLite too", async () => {
    const sentence = "Claim number one is here. ";
    const article = await createArticle({ title: "Many claims", text: sentence.repeat(3000) }, editor);
    const client = await CollabClient.open(article.id, editor, "many");
    const ids: string[] = [];
    client.edit((tr, state) => {
      for (let i = 0; i < 3000; i += 1) {
        const id = randomUUID();
        ids.push(id);
        const from = 1 + i * sentence.length;
        tr.addMark(from, from + 15, state.schema.marks.claim!.create({ id }));
      }
    });
    // More than one batch can carry: the client sends them 1,000 at a time.
    await client.flush();
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(3000);
    const loaded = await getArticle(article.id, editor);
    expect(loaded.claims).toHaveLength(3000);
    expect(loaded.claims[2999]).toMatchObject({ id: ids[2999], quote: "Claim number on" });

    client.edit((tr) => tr.insertText("Intro. ", 1));
    await client.flush();
    const after = await getArticle(article.id, editor);
    expect(after.claims[0]).toMatchObject({ start: 7, end: 22 });
    const saved = await saveArticleDocument(
      article.id,
      { baseVersion: after.version, doc: after.doc, removeClaimIds: ids.slice(0, 1000) },
      editor,
    );
    expect(saved.claims).toHaveLength(2000);
  });
});
