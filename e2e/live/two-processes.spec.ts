// Two app servers on one PostgreSQL database (playwright.config.ts starts the second on
// E2E_PORT + 1 when E2E_DATABASE_URL is set): a step sent to one reaches a workspace
// streaming from the other, so do presence changes; two clients racing from one version,
// one on each server, end with one 409 "behind", a rebase, and the same document on both.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { Mapping, Step } from "@tiptap/pm/transform";
import { getEnv } from "@/lib/env";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { EventStreamReader, signInViaApi } from "../fixtures/event-stream";

test.skip(
  getEnv().databaseProvider !== "postgresql",
  "Two app processes share a database only on PostgreSQL (run with E2E_DATABASE_URL).",
);

interface StepsData {
  from: number;
  version: number;
  steps: unknown[];
  clientIds: string[];
}
interface PresenceData {
  clients: { clientId: string; name: string }[];
}

const insert = (text: string, at: number) => ({
  stepType: "replace",
  from: at,
  to: at,
  slice: { content: [{ type: "text", text }] },
});

function secondServer(baseURL: string): string {
  const url = new URL(baseURL);
  url.port = String(Number(url.port) + 1);
  return url.origin;
}

async function postSteps(api: APIRequestContext, articleId: string, body: object) {
  const response = await api.post(`/api/v1/articles/${articleId}/steps`, { data: body });
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

test("steps and presence cross between two app processes; racing clients converge", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const serverA = baseURL ?? "";
  const serverB = secondServer(serverA);
  const editorA = await signInViaApi("editor", serverA);
  const editorB = await signInViaApi("editor", serverB);
  const checkerB = await signInViaApi("checker", serverB);
  const managerA = await signInViaApi("manager", serverA);

  const text = "The state fell in just 11 days.";
  const created = await editorA.post("/api/v1/articles", {
    data: { title: `Two processes ${Date.now()}`, text },
  });
  expect(created.status()).toBe(201);
  const { id: articleId, version: start } = (await created.json()) as { id: string; version: number };
  expect(start).toBe(1);

  // A workspace on server B.
  const watcher = await EventStreamReader.open(
    checkerB,
    serverB,
    `/api/v1/articles/${articleId}/events?clientId=watcher-b&since=1`,
  );
  await expect.poll(() => watcher.events[0]).toMatchObject({ name: "hello", data: { version: 1 } });

  // A step sent to server A arrives on server B's stream.
  const first = await postSteps(editorA, articleId, {
    version: 1,
    clientId: "client-a",
    steps: [insert("Yes. ", 1)],
  });
  expect(first.status).toBe(200);
  await expect
    .poll(() => watcher.of("steps"))
    .toEqual([{ from: 1, version: 2, steps: [insert("Yes. ", 1)], clientIds: ["client-a"] }]);

  // Someone opening the article on server A shows up on server B, and leaves it again.
  const visitor = await EventStreamReader.open(
    managerA,
    serverA,
    `/api/v1/articles/${articleId}/events?clientId=visitor-a&since=2`,
  );
  const presentOnB = () =>
    ((watcher.of("presence").at(-1) as PresenceData | undefined)?.clients ?? [])
      .map((c) => c.clientId)
      .sort();
  await expect.poll(presentOnB).toEqual(["visitor-a", "watcher-b"]);
  await visitor.close();
  await expect.poll(presentOnB).toEqual(["watcher-b"]);

  // Two clients from version 2 at once, one per server: one wins, the other is behind.
  const endOfParagraph = 1 + "Yes. ".length + text.length;
  const stepA = insert("[A] ", 1);
  const stepB = insert(" [B]", endOfParagraph);
  const [raceA, raceB] = await Promise.all([
    postSteps(editorA, articleId, { version: 2, clientId: "client-a", steps: [stepA] }),
    postSteps(editorB, articleId, { version: 2, clientId: "client-b", steps: [stepB] }),
  ]);
  expect([raceA.status, raceB.status].sort()).toEqual([200, 409]);
  const [loser, loserApi, loserStep, loserId] =
    raceA.status === 409 ? [raceA, editorA, stepA, "client-a"] : [raceB, editorB, stepB, "client-b"];
  expect(loser.body).toMatchObject({ error: { code: "behind" }, version: 3 });

  // The loser rebases its step over the one it missed, as prosemirror-collab would, and resends.
  const schema = getDocumentSchema();
  const missed = new Mapping(
    (loser.body.steps as unknown[]).map((json) => Step.fromJSON(schema, json).getMap()),
  );
  const rebased = Step.fromJSON(schema, loserStep).map(missed);
  if (!rebased) throw new Error("The rebased step vanished.");
  const resent = await postSteps(loserApi, articleId, {
    version: 3,
    clientId: loserId,
    steps: [rebased.toJSON()],
  });
  expect(resent.status).toBe(200);
  expect(resent.body.version).toBe(4);

  // Both servers serve the same document, with both insertions.
  const [onA, onB] = await Promise.all(
    [editorA, editorB].map(async (api) => {
      const response = await api.get(`/api/v1/articles/${articleId}`);
      expect(response.status()).toBe(200);
      return (await response.json()) as { version: number; doc: unknown };
    }),
  );
  expect(onA?.version).toBe(4);
  expect(onB).toEqual(onA);
  expect(JSON.stringify(onA?.doc)).toContain("[A] Yes. The state fell in just 11 days. [B]");

  // Server B's stream carried every step once, in order.
  await expect.poll(() => (watcher.of("steps").at(-1) as StepsData | undefined)?.version).toBe(4);
  const chain = watcher.of("steps") as StepsData[];
  chain.forEach((event, i) => expect(event.from).toBe(i === 0 ? 1 : chain[i - 1]?.version));
  expect(chain.flatMap((e) => e.clientIds).sort()).toEqual(["client-a", "client-a", "client-b"]);

  await watcher.close();
  await Promise.all([editorA, editorB, checkerB, managerA].map((api) => api.dispose()));
});
