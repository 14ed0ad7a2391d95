// A workspace's event stream in integration tests: follows an article through the real hub
// (no HTTP), keeps every event, and applies the steps to its own copy of the document the
// way the browser does, only when they start at its version: a gap or a repeat is recorded.
import { Step } from "@tiptap/pm/transform";
import type { Node as PMNode } from "@tiptap/pm/model";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { db } from "@/lib/db";
import { joinArticleHub, type HubEvent } from "@/lib/server/live/article-hub";
import type { Actor } from "@/lib/server/auth/actor";

type HubEventData = { [E in HubEvent as E["name"]]: E["data"] };

export class LiveStream {
  readonly events: HubEvent[] = [];
  /** Steps events that did not start at this copy's version. */
  readonly misfits: { from: number; version: number; at: number }[] = [];
  version: number;
  doc: PMNode;
  leave: () => void = () => undefined;

  private constructor(doc: PMNode, version: number) {
    this.doc = doc;
    this.version = version;
  }

  /** Opens a stream as the workspace does, from the article as it is now (or from `since`). */
  static async open(
    articleId: string,
    clientId: string,
    user: Actor,
    options: { since?: number; doc?: unknown } = {},
  ): Promise<LiveStream> {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    const schema = getDocumentSchema();
    const stream = new LiveStream(
      schema.nodeFromJSON(options.doc ?? article.doc),
      options.since ?? article.version,
    );
    stream.leave = await joinArticleHub(
      { articleId, clientId, since: stream.version, user: { id: user.id, name: user.name } },
      (event) => stream.receive(event),
    );
    return stream;
  }

  of<N extends keyof HubEventData>(name: N): HubEventData[N][] {
    return this.events.filter((e) => e.name === name).map((e) => e.data as HubEventData[N]);
  }

  last<N extends keyof HubEventData>(name: N): HubEventData[N] | undefined {
    return this.of(name).at(-1);
  }

  private receive(event: HubEvent): void {
    this.events.push(event);
    if (event.name !== "steps") return;
    const { from, version, steps } = event.data;
    if (from !== this.version || version !== from + steps.length) {
      this.misfits.push({ from, version, at: this.version });
      return;
    }
    const schema = getDocumentSchema();
    for (const json of steps) {
      const result = Step.fromJSON(schema, json).apply(this.doc);
      if (!result.doc) throw new Error(`A streamed step does not apply: ${result.failed}`);
      this.doc = result.doc;
    }
    this.version = version;
  }
}
