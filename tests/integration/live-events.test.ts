// Live events through the real use cases and database: a workspace's stream receives every
// step once and in order (typing from two people, a late joiner catching up mid-burst),
// claim and article changes as they commit, and who else is here — joining, moving a
// caret, leaving, and people announced by another process lapsing after 30 s. On
// PostgreSQL every signal travels by NOTIFY/LISTEN, and a dropped LISTEN connection is
// survived without losing anything.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, getDbProvider } from "@/lib/db";
import { choosePresenceColor } from "@/lib/domain/presence/presence-color";
import { PRESENCE_TTL_MS } from "@/lib/domain/presence/presence-roster";
import { createArticle } from "@/lib/server/articles/create-article";
import { applyArticleSteps } from "@/lib/server/articles/apply-article-steps";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { removeClaim } from "@/lib/server/claims/remove-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { closeArticleSignals, signalArticle } from "@/lib/server/live/article-signals";
import { countArticleStreams } from "@/lib/server/live/article-hub";
import { sweepExpiredPresence } from "@/lib/server/live/presence-registry";
import { updatePresence } from "@/lib/server/live/update-presence";
import { openArticleEvents } from "@/lib/server/live/open-article-events";
import type { Actor } from "@/lib/server/auth/actor";
import { makeNewsroom } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";
import { CollabClient } from "@/tests/support/collab-client";
import { LiveStream } from "@/tests/support/live-stream";

let editor: Actor;
let checker: Actor;
let manager: Actor;
const open: LiveStream[] = [];

beforeAll(async () => {
  ({ editor, checker, manager } = await makeNewsroom());
});

afterAll(async () => {
  for (const stream of open) stream.leave();
  await closeArticleSignals();
});

const TEXT = "The state fell in just 11 days.";
const insert = (text: string, at = 1) => ({
  stepType: "replace" as const,
  from: at,
  to: at,
  slice: { content: [{ type: "text", text }] },
});
const soon = { timeout: 10_000, interval: 20 };

async function newArticle() {
  return createArticle({ title: `Live ${randomUUID()}`, text: TEXT }, editor);
}

async function follow(articleId: string, clientId: string, user: Actor) {
  const stream = await LiveStream.open(articleId, clientId, user);
  open.push(stream);
  return stream;
}

/** The stream holds exactly the stored document and version, reached without a gap or a repeat. */
async function expectInStep(stream: LiveStream, articleId: string) {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  await vi.waitFor(() => expect(stream.version).toBe(article.version), soon);
  expect(stream.misfits).toEqual([]);
  expect(stream.doc.toJSON()).toEqual(article.doc);
}

describe("steps on the stream", () => {
  it("says hello first, then delivers every step once, in order, as two people type at once", async () => {
    const article = await newArticle();
    const watcher = await follow(article.id, "watcher", checker);
    expect(watcher.events[0]).toMatchObject({ name: "hello", data: { version: 1, clientId: "watcher" } });

    const a = await CollabClient.open(article.id, editor, "typist-a");
    const b = await CollabClient.open(article.id, editor, "typist-b");
    const type = async (client: CollabClient, word: string) => {
      for (let i = 0; i < 15; i += 1) {
        client.edit((tr) => tr.insertText(`${word}${i} `, 1));
        await client.flush();
      }
    };
    await Promise.all([type(a, "a"), type(b, "b")]);
    await a.flush();
    await b.flush();

    await expectInStep(watcher, article.id);
    const steps = watcher.of("steps");
    expect(steps[0]?.from).toBe(1);
    const clientIds = new Set(steps.flatMap((s) => s.clientIds));
    expect(clientIds).toEqual(new Set(["typist-a", "typist-b"]));
  });

  it("catches up a stream that joins mid-burst from its own version, then continues live: no gap, no repeat", async () => {
    const article = await newArticle();
    let version = 1;
    for (let i = 0; i < 10; i += 1) {
      const result = await applyArticleSteps(
        article.id,
        { version, clientId: "typist", steps: [insert(`${i} `)] },
        editor,
      );
      if (result.kind !== "applied") throw new Error("behind");
      version = result.version;
    }
    // Keep typing while the latecomer (who saw version 1) connects.
    const typing = (async () => {
      for (let i = 10; i < 40; i += 1) {
        const result = await applyArticleSteps(
          article.id,
          { version, clientId: "typist", steps: [insert(`${i} `)] },
          editor,
        );
        if (result.kind !== "applied") throw new Error("behind");
        version = result.version;
      }
    })();
    const firstDoc = (
      await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id, version: 1 } })
    ).doc;
    const late = await LiveStream.open(article.id, "latecomer", checker, { since: 1, doc: firstDoc });
    open.push(late);
    await typing;
    await expectInStep(late, article.id);
    expect(late.version).toBe(41);
  });
});

describe("claims and the article on the stream", () => {
  it("sends a claim as it is marked, moved along its workflow, commented on and removed", async () => {
    const article = await newArticle();
    const watcher = await follow(article.id, "watcher", editor);
    const claimId = randomUUID();
    const from = 1 + TEXT.indexOf("11 days");
    await applyArticleSteps(
      article.id,
      {
        version: 1,
        clientId: "marker",
        steps: [{ stepType: "addMark", from, to: from + 7, mark: { type: "claim", attrs: { id: claimId } } }],
      },
      checker,
    );
    await vi.waitFor(
      () => expect(watcher.last("claims")?.claims[0]).toMatchObject({ id: claimId, status: "OPEN" }),
      soon,
    );

    await transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
    await vi.waitFor(
      () =>
        expect(watcher.last("claims")).toEqual({
          claims: [
            expect.objectContaining({
              id: claimId,
              quote: "11 days",
              status: "RESEARCHING",
              assignee: { id: checker.id, name: checker.name },
            }),
          ],
          removedIds: [],
        }),
      soon,
    );

    const before = watcher.of("claims").length;
    await addComment(claimId, { body: "Looking at the timeline." }, checker);
    await vi.waitFor(() => expect(watcher.of("claims").length).toBe(before + 1), soon);

    await removeClaim(claimId, {}, editor);
    await vi.waitFor(
      () => expect(watcher.last("claims")).toEqual({ claims: [], removedIds: [claimId] }),
      soon,
    );
    // The highlight went with the server's own steps, which the stream carried too.
    await expectInStep(watcher, article.id);
    expect(JSON.stringify(watcher.doc.toJSON())).not.toContain(claimId);
  });

  it("sends the article's status when it changes", async () => {
    const article = await newArticle();
    const watcher = await follow(article.id, "watcher", checker);
    await transitionArticle(article.id, { to: "IN_CHECK" }, editor);
    await vi.waitFor(
      () =>
        expect(watcher.last("article")).toMatchObject({ status: "IN_CHECK", version: 1, correctionCount: 0 }),
      soon,
    );
  });
});

describe("presence", () => {
  it("lists who is here as they join, move their caret and leave, each in their colour", async () => {
    const article = await newArticle();
    const ann = await follow(article.id, "ann-tab", editor);
    await vi.waitFor(
      () => expect(ann.last("presence")?.clients.map((c) => c.clientId)).toEqual(["ann-tab"]),
      soon,
    );

    const bob = await LiveStream.open(article.id, "bob-tab", checker);
    expect(bob.events[0]?.name).toBe("hello");
    const both = [
      {
        clientId: "ann-tab",
        userId: editor.id,
        name: editor.name,
        color: choosePresenceColor(editor.id),
        selection: null,
      },
      {
        clientId: "bob-tab",
        userId: checker.id,
        name: checker.name,
        color: choosePresenceColor(checker.id),
        selection: null,
      },
    ].sort((x, y) => x.name.localeCompare(y.name, "en"));
    await vi.waitFor(() => expect(ann.last("presence")?.clients).toEqual(both), soon);
    await vi.waitFor(() => expect(bob.last("presence")?.clients).toEqual(both), soon);

    const selection = { anchor: 4, head: 9, version: 1 };
    updatePresence(article.id, { clientId: "bob-tab", selection }, checker);
    await vi.waitFor(
      () =>
        expect(ann.last("presence")?.clients.find((c) => c.clientId === "bob-tab")?.selection).toEqual(
          selection,
        ),
      soon,
    );
    // Nobody moves someone else's caret.
    const count = ann.of("presence").length;
    updatePresence(
      article.id,
      { clientId: "bob-tab", selection: { anchor: 0, head: 0, version: 1 } },
      editor,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ann.of("presence").length).toBe(count);

    bob.leave();
    await vi.waitFor(
      () => expect(ann.last("presence")?.clients.map((c) => c.clientId)).toEqual(["ann-tab"]),
      soon,
    );
  });

  it("shows people another process announces, and drops them 30 s after its last announcement", async () => {
    const article = await newArticle();
    const ann = await follow(article.id, "ann-tab", editor);
    const elsewhere = { clientId: "far-tab", userId: manager.id, name: manager.name, selection: null };
    signalArticle({
      kind: "presence",
      articleId: article.id,
      origin: "another-process",
      change: { op: "here", clients: [elsewhere] },
    });
    await vi.waitFor(
      () =>
        expect(
          ann
            .last("presence")
            ?.clients.map((c) => c.clientId)
            .sort(),
        ).toEqual(["ann-tab", "far-tab"]),
      soon,
    );
    sweepExpiredPresence(Date.now() + PRESENCE_TTL_MS - 1_000);
    expect(ann.last("presence")?.clients).toHaveLength(2);
    sweepExpiredPresence(Date.now() + PRESENCE_TTL_MS);
    await vi.waitFor(
      () => expect(ann.last("presence")?.clients.map((c) => c.clientId)).toEqual(["ann-tab"]),
      soon,
    );

    // Announced again, then said to have left: gone at once.
    signalArticle({
      kind: "presence",
      articleId: article.id,
      origin: "another-process",
      change: { op: "here", clients: [elsewhere] },
    });
    await vi.waitFor(() => expect(ann.last("presence")?.clients).toHaveLength(2), soon);
    signalArticle({
      kind: "presence",
      articleId: article.id,
      origin: "another-process",
      change: { op: "left", clientIds: ["far-tab"] },
    });
    await vi.waitFor(() => expect(ann.last("presence")?.clients).toHaveLength(1), soon);

    // A caret move posted to another process reaches the process holding the session's
    // stream, if it is the session's own user's.
    const selection = { anchor: 2, head: 6, version: 1 };
    const moveBy = (userId: string) =>
      signalArticle({
        kind: "presence",
        articleId: article.id,
        origin: "another-process",
        change: { op: "select", clientId: "ann-tab", userId, selection },
      });
    const events = ann.of("presence").length;
    moveBy(manager.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ann.of("presence")).toHaveLength(events);
    moveBy(editor.id);
    await vi.waitFor(() => expect(ann.last("presence")?.clients[0]?.selection).toEqual(selection), soon);
  });

  it("refuses positions that are not whole numbers from 0 to 50,000,000, and malformed session ids", () => {
    const bad = [
      { clientId: "tab", selection: { anchor: -1, head: 0, version: 1 } },
      { clientId: "tab", selection: { anchor: 0, head: 50_000_001, version: 1 } },
      { clientId: "tab", selection: { anchor: 0.5, head: 1, version: 1 } },
      { clientId: "no spaces", selection: null },
      { clientId: "x".repeat(65), selection: null },
      { selection: null },
    ];
    for (const input of bad) {
      expect(() => updatePresence(randomUUID(), input, editor), JSON.stringify(input)).toThrow(
        expect.objectContaining({ code: "validation" }),
      );
    }
    expect(() =>
      updatePresence(
        randomUUID(),
        { clientId: "tab", selection: { anchor: 50_000_000, head: 0, version: 0 } },
        editor,
      ),
    ).not.toThrow();
  });
});

describe("the event stream (GET …/events)", () => {
  it("refuses an unknown article and a malformed session id before streaming", async () => {
    const abort = new AbortController();
    expect(
      (await caught(openArticleEvents(randomUUID(), { clientId: "tab" }, editor, abort.signal))).code,
    ).toBe("not_found");
    const article = await newArticle();
    expect(
      (await caught(openArticleEvents(article.id, { clientId: "a b" }, editor, abort.signal))).code,
    ).toBe("validation");
    expect(
      (await caught(openArticleEvents(article.id, { clientId: "tab", since: "-1" }, editor, abort.signal)))
        .code,
    ).toBe("validation");
  });

  it("writes Server-Sent Events, hello first, and leaves when the request is aborted", async () => {
    const article = await newArticle();
    const watcher = await follow(article.id, "watcher", checker);
    const abort = new AbortController();
    const stream = await openArticleEvents(
      article.id,
      { clientId: "sse-tab", since: "1" },
      editor,
      abort.signal,
    );
    await applyArticleSteps(article.id, { version: 1, clientId: "sse-tab", steps: [insert("So ")] }, editor);

    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes("event: steps\n")) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
    const frames = text.split("\n\n").filter(Boolean);
    expect(frames[0]).toMatch(/^event: hello\ndata: \{"version":1,"clientId":"sse-tab","presence":\[/);
    const steps = frames.find((f) => f.startsWith("event: steps\n"));
    expect(JSON.parse(steps?.split("\ndata: ")[1] ?? "null")).toEqual({
      from: 1,
      version: 2,
      steps: [insert("So ")],
      clientIds: ["sse-tab"],
    });
    expect(countArticleStreams(article.id)).toBe(2);

    abort.abort();
    expect(countArticleStreams(article.id)).toBe(1);
    expect(await reader.read()).toMatchObject({ done: true });
    await vi.waitFor(
      () => expect(watcher.last("presence")?.clients.map((c) => c.clientId)).toEqual(["watcher"]),
      soon,
    );
  });
});

describe.runIf(getDbProvider() === "postgresql")("a dropped LISTEN connection (PostgreSQL)", () => {
  it("is reconnected, and what was committed meanwhile still reaches the stream", async () => {
    const article = await newArticle();
    const watcher = await follow(article.id, "watcher", checker);
    const killed = await db.$queryRawUnsafe<{ killed: boolean }[]>(
      "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN claimdesk_article'",
    );
    expect(killed).toEqual([{ killed: true }]);
    // Committed while nobody listens: the notifications are lost for good.
    const result = await applyArticleSteps(
      article.id,
      { version: 1, clientId: "typist", steps: [insert("Meanwhile ")] },
      editor,
    );
    expect(result.kind).toBe("applied");
    await transitionArticle(article.id, { to: "IN_CHECK" }, editor);

    await expectInStep(watcher, article.id);
    await vi.waitFor(() => expect(watcher.last("article")?.status).toBe("IN_CHECK"), soon);
    expect(watcher.version).toBe(2);
    // The re-read after reconnecting also lists every claim (none here), since claim signals may be lost too.
    expect(watcher.of("claims")).toContainEqual({ claims: [], removedIds: [] });
  });
});
