// A simulated editor session for integration tests: an EditorState with the article's
// schema, prosemirror-collab and prosemirror-history, talking to the real use cases (no
// HTTP, no mocks) the way the browser workspace talks to the API.
import { collab, getVersion, receiveTransaction, sendableSteps } from "prosemirror-collab";
import { history, undo } from "@tiptap/pm/history";
import { EditorState, type Transaction } from "@tiptap/pm/state";
import { Step } from "@tiptap/pm/transform";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import type { DocJSON } from "@/lib/domain/document/types";
import { MAX_STEPS_PER_BATCH, type StepJSON } from "@/lib/editor/steps";
import { applyArticleSteps } from "@/lib/server/articles/apply-article-steps";
import { readStepsSince } from "@/lib/server/articles/list-article-steps";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";

export class CollabClient {
  state: EditorState;

  constructor(
    readonly articleId: string,
    readonly actor: Actor,
    readonly clientId: string,
    doc: DocJSON,
    version: number,
  ) {
    const schema = getDocumentSchema();
    this.state = EditorState.create({
      doc: schema.nodeFromJSON(doc),
      plugins: [history(), collab({ version, clientID: clientId })],
    });
  }

  static async open(articleId: string, actor: Actor, clientId: string): Promise<CollabClient> {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    return new CollabClient(articleId, actor, clientId, article.doc as unknown as DocJSON, article.version);
  }

  get version(): number {
    return getVersion(this.state);
  }

  get pending(): number {
    return sendableSteps(this.state)?.steps.length ?? 0;
  }

  /** Makes a local change, as typing would. */
  edit(change: (tr: Transaction, state: EditorState) => void): void {
    const tr = this.state.tr;
    change(tr, this.state);
    if (tr.docChanged) this.state = this.state.apply(tr);
  }

  undo(): boolean {
    return undo(this.state, (tr) => {
      this.state = this.state.apply(tr);
    });
  }

  /** Sends unconfirmed steps once: "sent", "behind" (rebased on what it missed), or "idle". */
  async send(): Promise<"sent" | "behind" | "idle"> {
    const sendable = sendableSteps(this.state);
    if (!sendable) return "idle";
    // As the workspace does: at most one batch's worth at a time.
    const batch = sendable.steps.slice(0, MAX_STEPS_PER_BATCH);
    const steps = batch.map((s) => s.toJSON() as StepJSON);
    const result = await applyArticleSteps(
      this.articleId,
      { version: sendable.version, clientId: this.clientId, steps },
      this.actor,
    );
    if (result.kind === "behind") {
      this.receive(result.steps, result.clientIds);
      return "behind";
    }
    this.receive([...steps, ...result.steps], [...batch.map(() => this.clientId), ...result.clientIds]);
    return "sent";
  }

  /** Sends until the server has everything (rebasing as often as needed). */
  async flush(): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      if ((await this.send()) === "idle") return;
    }
    throw new Error(`${this.clientId} could not catch up`);
  }

  /** Catches up with what others sent, as the event stream would deliver it. */
  async pull(): Promise<void> {
    const missed = await readStepsSince(db, this.articleId, this.version);
    this.receive(missed.steps, missed.clientIds);
  }

  private receive(steps: unknown[], clientIds: string[]): void {
    if (steps.length === 0) return;
    const schema = this.state.schema;
    const tr = receiveTransaction(
      this.state,
      steps.map((json) => Step.fromJSON(schema, json)),
      clientIds,
      { mapSelectionBackward: true },
    );
    this.state = this.state.apply(tr);
  }

  json(): DocJSON {
    return this.state.doc.toJSON() as DocJSON;
  }
}
