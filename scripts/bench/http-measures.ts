// Through the running app: creating the benchmark's articles, the step round trip over
// HTTP (database included), and how soon a step reaches another workspace's event stream.
import { performance } from "node:perf_hooks";
import type { APIRequestContext } from "@playwright/test";
import type { Node as PMNode } from "@tiptap/pm/model";
import { ReplaceStep, type Step } from "@tiptap/pm/transform";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { buildArticleText, claimSteps, type BenchSize } from "./long-article";

export interface BenchArticle {
  id: string;
  version: number;
  doc: PMNode;
  claims: number;
}

async function postSteps(api: APIRequestContext, article: BenchArticle, steps: Step[], clientId: string) {
  const response = await api.post(`/api/v1/articles/${article.id}/steps`, {
    data: { version: article.version, clientId, steps: steps.map((s): unknown => s.toJSON()) },
  });
  if (!response.ok()) throw new Error(`steps: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as { version: number };
  for (const step of steps) {
    const result = step.apply(article.doc);
    if (!result.doc) throw new Error(result.failed ?? "step did not apply");
    article.doc = result.doc;
  }
  article.version = body.version;
}

export async function createBenchArticle(api: APIRequestContext, size: BenchSize): Promise<BenchArticle> {
  const response = await api.post("/api/v1/articles", {
    data: { title: `Bench ${size.words} words`, text: buildArticleText(size.words), format: "md" },
  });
  if (response.status() !== 201) throw new Error(`create: ${response.status()} ${await response.text()}`);
  const created = (await response.json()) as { id: string; version: number; doc: unknown };
  const article: BenchArticle = {
    id: created.id,
    version: created.version,
    doc: getDocumentSchema().nodeFromJSON(created.doc),
    claims: size.claims,
  };
  const marks = claimSteps(article.doc, size.claims);
  // The claims as placed (a paragraph too short for one is skipped).
  article.claims = marks.length;
  for (let i = 0; i < marks.length; i += 1000)
    await postSteps(api, article, marks.slice(i, i + 1000), "bench-setup");
  return article;
}

/** A one-character insertion somewhere in the text (a new spot each time). */
function typingStep(doc: PMNode, seed: number): Step {
  const schema = getDocumentSchema();
  for (let tries = 0; ; tries += 1) {
    const pos = 1 + ((seed * 7919 + tries * 104729) % (doc.content.size - 2));
    if (doc.resolve(pos).parent.isTextblock) return new ReplaceStep(pos, pos, schema.text("x").slice(0));
  }
}

export async function measureRoundTrip(api: APIRequestContext, article: BenchArticle, samples: number) {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const step = typingStep(article.doc, i + 1);
    const started = performance.now();
    await postSteps(api, article, [step], "bench-typist");
    times.push(performance.now() - started);
  }
  return times;
}

/** Time from sending a step until another workspace's event stream delivers it. */
export async function measureStreamLatency(
  baseURL: string,
  watcherCookie: string,
  typist: APIRequestContext,
  article: BenchArticle,
  samples: number,
) {
  const controller = new AbortController();
  const query = new URLSearchParams({ clientId: "bench-watcher", since: String(article.version) });
  const response = await fetch(`${baseURL}/api/v1/articles/${article.id}/events?${query.toString()}`, {
    headers: { cookie: watcherCookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let seen = article.version;
  const waiters: { version: number; resolve: () => void }[] = [];
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value ?? "";
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.startsWith("event: steps")) continue;
        const data = JSON.parse(block.slice(block.indexOf("data: ") + 6)) as { version: number };
        seen = Math.max(seen, data.version);
        for (const waiter of waiters.filter((w) => w.version <= seen)) waiter.resolve();
      }
    }
  })();
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const step = typingStep(article.doc, 1000 + i);
    const started = performance.now();
    const arrived = new Promise<void>((resolve) => waiters.push({ version: article.version + 1, resolve }));
    await postSteps(typist, article, [step], "bench-typist");
    await arrived;
    times.push(performance.now() - started);
  }
  controller.abort();
  return times;
}
