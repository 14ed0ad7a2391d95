import "server-only";
import { AppError } from "@/lib/errors";
import type { PresentClient } from "@/lib/domain/presence/presence-roster";
import {
  readAllClaims,
  readArticleEvent,
  readArticleVersion,
  readClaimsChange,
  readStepPages,
  type ArticleEventData,
  type ClaimsEventData,
  type StepsEventData,
} from "@/lib/server/live/article-hub-reads";
import {
  announcePresence,
  joinPresence,
  leavePresence,
  listPresence,
} from "@/lib/server/live/presence-registry";

// One article's reader in the hub: what it owes its streams (signals heard, streams
// waiting to join) and the rounds that pay it, one at a time. Steps come first in a round,
// so a joining stream is caught up to exactly the version live steps continue from.

export type HubEvent =
  | { name: "hello"; data: { version: number; clientId: string; presence: PresentClient[] } }
  | { name: "steps"; data: StepsEventData }
  | { name: "claims"; data: ClaimsEventData }
  | { name: "article"; data: ArticleEventData }
  | { name: "presence"; data: { clients: PresentClient[] } };

export type DeliverHubEvent = (event: HubEvent) => void;

/** A page further behind than this is refused (409): it catches up through GET …/steps, which pages. */
export const MAX_CATCH_UP_STEPS = 50_000;

export interface Join {
  clientId: string;
  since: number | null;
  user: { id: string; name: string };
  deliver: DeliverHubEvent;
  resolve: (leave: () => void) => void;
  reject: (error: unknown) => void;
}

export interface ArticleState {
  articleId: string;
  /** The version every stream here has been sent (null until first read). */
  version: number | null;
  subscribers: Set<DeliverHubEvent>;
  joins: Join[];
  pendingSteps: boolean;
  pendingClaimIds: Set<string>;
  pendingArticle: boolean;
  pendingResync: boolean;
  draining: boolean;
  presenceQueued: boolean;
}

/** What the hub does around a round: list presence again after a join, tidy up after a leave. */
export interface ReaderHooks {
  presenceChanged: () => void;
  left: () => void;
}

export function newArticleState(articleId: string): ArticleState {
  return {
    articleId,
    version: null,
    subscribers: new Set(),
    joins: [],
    pendingSteps: false,
    pendingClaimIds: new Set(),
    pendingArticle: false,
    pendingResync: false,
    draining: false,
    presenceQueued: false,
  };
}

export function hasWork(state: ArticleState): boolean {
  return (
    state.joins.length > 0 ||
    state.pendingSteps ||
    state.pendingResync ||
    state.pendingArticle ||
    state.pendingClaimIds.size > 0
  );
}

/** Runs rounds until nothing is owed; the caller makes sure only one runs per article. */
export async function drain(state: ArticleState, hooks: ReaderHooks): Promise<void> {
  const { articleId } = state;
  while (hasWork(state)) {
    const joins = state.joins.splice(0);
    const resync = state.pendingResync;
    const claimIds = [...state.pendingClaimIds];
    const article = state.pendingArticle || resync;
    const steps = state.pendingSteps || resync || joins.length > 0;
    state.pendingSteps = state.pendingResync = state.pendingArticle = false;
    state.pendingClaimIds.clear();

    if (steps) {
      try {
        await pullSteps(state);
      } catch (error) {
        for (const join of joins.splice(0)) join.reject(error);
        if (state.subscribers.size > 0) console.error(`Live: reading steps of ${articleId} failed`, error);
      }
    }
    for (const join of joins) await admit(state, join, hooks);
    if (state.subscribers.size === 0) continue;
    try {
      if (resync || claimIds.length > 0) {
        const data = resync
          ? await readAllClaims(articleId, state.version)
          : await readClaimsChange(articleId, claimIds, state.version);
        broadcast(state, { name: "claims", data });
      }
      if (article) broadcast(state, { name: "article", data: await readArticleEvent(articleId) });
    } catch (error) {
      console.error(`Live: reading changes of ${articleId} failed`, error);
    }
    // After a lost connection, others may have missed this process's announcements too.
    if (resync) announcePresence(articleId);
  }
}

export function broadcast(state: ArticleState, event: HubEvent): void {
  for (const deliver of [...state.subscribers]) {
    try {
      deliver(event);
    } catch (error) {
      console.error("Live: delivering an event failed", error);
    }
  }
}

/** Brings the article's streams up to the committed version, one event per page of steps. */
async function pullSteps(state: ArticleState): Promise<void> {
  if (state.version === null) {
    state.version = await readArticleVersion(state.articleId);
    return;
  }
  for (const page of await readStepPages(state.articleId, state.version)) {
    state.version = page.version;
    broadcast(state, { name: "steps", data: page });
  }
}

/** hello, the steps since the stream's version, then live events (steps pulled just before). */
async function admit(state: ArticleState, join: Join, hooks: ReaderHooks): Promise<void> {
  try {
    const version = state.version ?? (await readArticleVersion(state.articleId));
    state.version = version;
    const { since } = join;
    if (since !== null && version - since > MAX_CATCH_UP_STEPS) {
      throw new AppError(
        "conflict",
        "This copy of the article is far behind: catch up through GET …/steps?since= first, then reconnect.",
        { details: { currentVersion: version } },
      );
    }
    const catchUp =
      since !== null && since < version ? await readStepPages(state.articleId, since, version) : [];
    joinPresence(state.articleId, join.clientId, join.user);
    join.deliver({
      name: "hello",
      data: { version, clientId: join.clientId, presence: listPresence(state.articleId) },
    });
    for (const page of catchUp) join.deliver({ name: "steps", data: page });
    state.subscribers.add(join.deliver);
    // Everyone's list, this stream's first included, in one event after the catch-up.
    hooks.presenceChanged();
    let left = false;
    join.resolve(() => {
      if (left) return;
      left = true;
      state.subscribers.delete(join.deliver);
      leavePresence(state.articleId, join.clientId);
      hooks.left();
    });
  } catch (error) {
    join.reject(error);
  }
}
