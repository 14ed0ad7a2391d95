// The workspace's side of live co-editing (prosemirror-collab's central authority): sends
// this person's steps a few times a second at most, one request at a time; applies
// everyone else's from the event stream (or, when the stream is down, from polling);
// keeps unsent steps in the page while offline and sends them when the connection returns.
// No React here: components subscribe to the status and presence they show.
import { getVersion, receiveTransaction, sendableSteps } from "prosemirror-collab";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { Step, type StepMap } from "@tiptap/pm/transform";
import { MAX_STEPS_PER_BATCH } from "@/lib/editor/step-limits";
import {
  openArticleEvents,
  type ArticleEvent,
  type ClaimsEvent,
  type LiveClaim,
  type PresenceEvent,
  type StepsEvent,
} from "@/components/editor/collab/article-events";

export type SyncStatus =
  | { kind: "synced" }
  | { kind: "sending"; unsent: number }
  | { kind: "offline"; unsent: number; message: string };

export interface ArticleSyncOptions {
  articleId: string;
  clientId: string;
  getState: () => EditorState;
  dispatch: (tr: Transaction) => void;
  onClaims: (event: ClaimsEvent) => void;
  onArticle: (event: ArticleEvent) => void;
  onPresence: (event: PresenceEvent) => void;
  /** After the stream was down: the article's claims and state as they are now. */
  onResync: (article: ArticleEvent & { claims: LiveClaim[] }) => void;
  /**
   * The server refused this person's unsent changes for good (403, 422, too old, the article
   * spiked meanwhile: `code` says which): reload.
   */
  onRefused: (message: string, code: string | null) => void;
}

/** At most this often a batch leaves (a few per second). */
const SEND_INTERVAL_MS = 250;
const STATUS_EVERY_MS = 300;
const POLL_INTERVAL_MS = 2_000;
const MAX_RETRY_MS = 10_000;
/** Step maps kept to place colleagues' carets sent against older versions. */
const KEPT_MAPS = 1_000;

export class ArticleSync {
  private status: SyncStatus = { kind: "synced" };
  private statusListeners = new Set<() => void>();
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSentAt = 0;
  private retryMs = 0;
  private offlineMessage: string | null = null;
  private pulling = false;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private closeEvents: (() => void) | null = null;
  private isStopped = false;
  /** Maps of the steps this page has received, by the version each produced. */
  private maps: { version: number; map: StepMap }[] = [];

  constructor(private readonly options: ArticleSyncOptions) {}

  start(): void {
    this.closeEvents = openArticleEvents({
      articleId: this.options.articleId,
      clientId: this.options.clientId,
      since: () => getVersion(this.options.getState()),
      onSteps: (event) => this.applySteps(event),
      onClaims: this.options.onClaims,
      onArticle: this.options.onArticle,
      onPresence: this.options.onPresence,
      onConnected: (again) => {
        this.setPolling(false);
        // Steps catch up through the stream; claim and article changes made meanwhile do not.
        if (again) void this.resync();
      },
      onDisconnected: () => this.setPolling(true),
    });
    window.addEventListener("online", this.onOnline);
    // Anything typed before the engine started (it starts once the editor has painted).
    if (this.unsent() > 0) this.noteChange();
  }

  stop(): void {
    this.isStopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.statusTimer);
    this.setPolling(false);
    this.closeEvents?.();
    window.removeEventListener("online", this.onOnline);
  }

  getStatus = (): SyncStatus => this.status;

  /** After stop(): nothing is sent any more (the page is leaving or must reload). */
  get stopped(): boolean {
    return this.isStopped;
  }

  subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  /** How many of this person's steps the server does not have yet. */
  unsent(): number {
    return sendableSteps(this.options.getState())?.steps.length ?? 0;
  }

  /** After every transaction of the editor. */
  noteTransaction(tr: Transaction): void {
    if (!tr.docChanged || this.isStopped) return;
    this.noteChange();
  }

  private noteChange(): void {
    // The status follows the keys at most a few times a second (not a render per key).
    if (this.status.kind === "synced") this.refreshStatus();
    else this.scheduleStatus();
    this.scheduleSend();
  }

  private scheduleStatus(): void {
    if (this.statusTimer !== undefined) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      this.refreshStatus();
    }, STATUS_EVERY_MS);
  }

  /** Sends now (Mod-S, leaving the page). Resolves when nothing is left or sending failed. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (let round = 0; round < 20 && this.unsent() > 0; round += 1) {
      if (this.inFlight) await new Promise((resolve) => setTimeout(resolve, 50));
      else if (!(await this.send())) return false;
    }
    return this.unsent() === 0;
  }

  /** Catches up with the server's steps since this page's version. */
  async pull(): Promise<void> {
    if (this.pulling || this.isStopped) return;
    this.pulling = true;
    try {
      for (let more = true; more;) {
        const since = getVersion(this.options.getState());
        const response = await fetch(`/api/v1/articles/${this.options.articleId}/steps?since=${since}`);
        const body = (await response.json().catch(() => null)) as
          | { version: number; steps: unknown[]; clientIds: string[]; more: boolean }
          | { error: { code: string; message: string } }
          | null;
        if (!response.ok || !body || "error" in body) {
          if (response.status === 409) this.options.onRefused(describeError(body), errorCode(body));
          return;
        }
        this.applySteps({ from: since, version: body.version, steps: body.steps, clientIds: body.clientIds });
        more = body.more;
      }
    } catch {
      // Offline: the next poll or the stream's return catches up.
    } finally {
      this.pulling = false;
    }
  }

  private async resync(): Promise<void> {
    try {
      const response = await fetch(`/api/v1/articles/${this.options.articleId}`);
      if (response.ok)
        this.options.onResync((await response.json()) as ArticleEvent & { claims: LiveClaim[] });
    } catch {
      // Offline again: the next reconnection tries again.
    }
  }

  /** Positions sent by a colleague at `version`, placed in this page's document (null: not yet). */
  mapFromVersion(version: number, positions: number[]): number[] | null {
    const state = this.options.getState();
    const current = getVersion(state);
    if (version > current) return null;
    const oldest = this.maps[0]?.version ?? current + 1;
    if (version < current && version + 1 < oldest) return null;
    let mapped = positions;
    for (const { version: v, map } of this.maps) {
      if (v > version) mapped = mapped.map((pos) => map.map(pos));
    }
    for (const step of sendableSteps(state)?.steps ?? []) {
      const map = step.getMap();
      mapped = mapped.map((pos) => map.map(pos));
    }
    const size = state.doc.content.size;
    return mapped.map((pos) => Math.max(0, Math.min(size, pos)));
  }

  /** This page's selection in the coordinates of its confirmed version, for colleagues. */
  selectionForServer(): { anchor: number; head: number; version: number } {
    const state = this.options.getState();
    const { anchor, head } = state.selection;
    let positions = [anchor, head];
    const unconfirmed = sendableSteps(state)?.steps ?? [];
    for (const step of [...unconfirmed].reverse()) {
      const map = step.getMap().invert();
      positions = positions.map((pos) => map.map(pos));
    }
    return { anchor: positions[0] ?? 0, head: positions[1] ?? 0, version: getVersion(state) };
  }

  private onOnline = () => {
    this.retryMs = 0;
    this.scheduleSend();
    void this.pull();
  };

  private setPolling(on: boolean): void {
    clearInterval(this.pollTimer);
    this.pollTimer =
      on && !this.isStopped ? setInterval(() => void this.pull(), POLL_INTERVAL_MS) : undefined;
    if (on) void this.pull();
  }

  private scheduleSend(): void {
    if (this.timer !== undefined || this.inFlight || this.isStopped) return;
    const wait = Math.max(0, this.lastSentAt + SEND_INTERVAL_MS - Date.now()) + this.retryMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.send();
    }, wait);
  }

  /** One request; false when it failed (offline or refused). */
  private async send(): Promise<boolean> {
    const state = this.options.getState();
    const sendable = sendableSteps(state);
    if (!sendable || this.inFlight) return true;
    const batch = sendable.steps.slice(0, MAX_STEPS_PER_BATCH);
    const json = batch.map((step): unknown => step.toJSON());
    this.inFlight = true;
    this.lastSentAt = Date.now();
    this.refreshStatus();
    let ok = false;
    try {
      const response = await fetch(`/api/v1/articles/${this.options.articleId}/steps`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ version: sendable.version, clientId: this.options.clientId, steps: json }),
      });
      const body = (await response.json().catch(() => null)) as StepsAnswer | null;
      ok = this.handleAnswer(response.status, body, sendable.version, json);
    } catch {
      this.goOffline("No connection. Your changes are kept in this page and sent when it returns.");
    } finally {
      this.inFlight = false;
    }
    this.refreshStatus();
    if (this.unsent() > 0 && !this.isStopped) this.scheduleSend();
    return ok;
  }

  private handleAnswer(status: number, body: StepsAnswer | null, version: number, sent: unknown[]): boolean {
    const ownIds = sent.map(() => this.options.clientId);
    if (status === 200 && body && "version" in body && !("error" in body)) {
      this.retryMs = 0;
      this.offlineMessage = null;
      this.applySteps({
        from: version,
        version: body.version,
        steps: [...sent, ...body.steps],
        clientIds: [...ownIds, ...body.clientIds],
      });
      // The claims and article changes this batch made, without waiting for the stream.
      if (body.claims.length > 0 || body.removedIds.length > 0) {
        this.options.onClaims({ claims: body.claims, removedIds: body.removedIds });
      }
      if (body.article) this.options.onArticle(body.article);
      return true;
    }
    const error = body && "error" in body ? body.error : null;
    if (status === 409 && error?.code === "behind" && body && "steps" in body) {
      // Rebase on what arrived first, then send again at once.
      this.retryMs = 0;
      this.applySteps({ from: version, version: body.version, steps: body.steps, clientIds: body.clientIds });
      this.lastSentAt = 0;
      return true;
    }
    if (status === 401) {
      this.goOffline("Your session has ended. Sign in again in another tab; your changes are kept here.");
    } else if (status === 403 || status === 413 || status === 422 || status === 409 || status === 404) {
      this.options.onRefused(describeError(body), errorCode(body));
    } else {
      this.goOffline("The server could not take your changes just now. They are kept here; retrying.");
    }
    return false;
  }

  private goOffline(message: string): void {
    this.offlineMessage = message;
    this.retryMs = Math.min(MAX_RETRY_MS, this.retryMs ? this.retryMs * 2 : 1_000);
  }

  /** Applies steps that lead from version `from` (skipping those this page already has). */
  private applySteps(event: StepsEvent): void {
    const state = this.options.getState();
    const current = getVersion(state);
    if (event.from > current) {
      void this.pull();
      return;
    }
    const skip = current - event.from;
    if (skip >= event.steps.length) return;
    const steps = event.steps.slice(skip).map((json) => Step.fromJSON(state.schema, json));
    const clientIds = event.clientIds.slice(skip);
    steps.forEach((step, i) => this.maps.push({ version: current + i + 1, map: step.getMap() }));
    if (this.maps.length > KEPT_MAPS) this.maps.splice(0, this.maps.length - KEPT_MAPS);
    this.options.dispatch(receiveTransaction(state, steps, clientIds, { mapSelectionBackward: true }));
    this.refreshStatus();
  }

  private refreshStatus(): void {
    const unsent = this.unsent();
    const next: SyncStatus = this.offlineMessage
      ? { kind: "offline", unsent, message: this.offlineMessage }
      : unsent > 0 || this.inFlight
        ? { kind: "sending", unsent }
        : { kind: "synced" };
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    for (const listener of this.statusListeners) listener();
  }
}

type StepsAnswer =
  | {
      version: number;
      steps: unknown[];
      clientIds: string[];
      claims: LiveClaim[];
      removedIds: string[];
      article: ArticleEvent | null;
    }
  | { error: { code: string; message: string }; version: number; steps: unknown[]; clientIds: string[] }
  | { error: { code: string; message: string } };

function errorCode(body: unknown): string | null {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === "string" ? error.code : null;
}

function describeError(body: unknown): string {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === "string" ? error.message : "The server refused the change.";
}
