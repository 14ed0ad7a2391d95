import "server-only";
import {
  onArticleSignal,
  whenArticleSignalsListening,
  type ReceivedArticleSignal,
} from "@/lib/server/live/article-signals";
import {
  broadcast,
  drain,
  hasWork,
  newArticleState,
  type ArticleState,
  type DeliverHubEvent,
} from "@/lib/server/live/article-reader";
import { listPresence, onPresenceChange, receivePresenceSignal } from "@/lib/server/live/presence-registry";

export type { DeliverHubEvent, HubEvent } from "@/lib/server/live/article-reader";

// This process's article hub: the open event streams per article, and one reader per
// article that turns signals into events. All reads of one article run one after another
// (a signal arriving meanwhile is folded into the next round), each step is read once
// however many streams are open, and a new stream is caught up inside that same sequence,
// so between its catch-up and the live steps there is no gap and no step twice.

interface Hub {
  articles: Map<string, ArticleState>;
  /** Streams between "joining" and having an article state: keep LISTEN open for them. */
  joining: number;
  stopListening: (() => void) | null;
}

// On globalThis: every route bundle of this process must share one hub.
const store = globalThis as typeof globalThis & { claimdeskArticleHub?: Hub };
function getHub(): Hub {
  if (!store.claimdeskArticleHub) {
    const hub: Hub = { articles: new Map(), joining: 0, stopListening: null };
    store.claimdeskArticleHub = hub;
    onPresenceChange((articleId) => queuePresence(hub, articleId));
  }
  return store.claimdeskArticleHub;
}

/**
 * Opens a stream of the article's events for one editor session. Resolves once it was
 * sent `hello` and the steps since `since`, and receives live events; call the returned
 * function when the stream closes. Rejects (nothing sent) when the article is unknown or
 * `since` predates its step log.
 */
export async function joinArticleHub(
  input: { articleId: string; clientId: string; since: number | null; user: { id: string; name: string } },
  deliver: DeliverHubEvent,
): Promise<() => void> {
  const hub = getHub();
  hub.joining += 1;
  try {
    hub.stopListening ??= onArticleSignal((signal) => hear(hub, signal), {
      watching: () => hub.articles.keys(),
    });
    // Read only once LISTEN is active: anything committed after the read is then heard.
    await whenArticleSignalsListening();
    let state = hub.articles.get(input.articleId);
    if (!state) {
      state = newArticleState(input.articleId);
      hub.articles.set(input.articleId, state);
    }
    const joined = state;
    return await new Promise<() => void>((resolve, reject) => {
      joined.joins.push({ ...input, deliver, resolve, reject });
      startDrain(hub, joined);
    });
  } finally {
    hub.joining -= 1;
    settle(hub);
  }
}

/** How many streams this process has open for the article (tests and diagnostics). */
export function countArticleStreams(articleId: string): number {
  return getHub().articles.get(articleId)?.subscribers.size ?? 0;
}

function hear(hub: Hub, signal: ReceivedArticleSignal): void {
  if (signal.kind === "presence") {
    receivePresenceSignal(signal);
    return;
  }
  const state = hub.articles.get(signal.articleId);
  if (!state) return;
  if (signal.kind === "steps") {
    if (state.version !== null && signal.version <= state.version) return;
    state.pendingSteps = true;
  } else if (signal.kind === "claims") {
    for (const id of signal.claimIds) state.pendingClaimIds.add(id);
  } else if (signal.kind === "article") {
    state.pendingArticle = true;
  } else {
    state.pendingResync = true;
  }
  startDrain(hub, state);
}

function startDrain(hub: Hub, state: ArticleState): void {
  if (state.draining) return;
  state.draining = true;
  void drain(state, {
    presenceChanged: () => queuePresence(hub, state.articleId),
    left: () => settle(hub),
  })
    .catch((error: unknown) => console.error(`Live: the reader of ${state.articleId} failed`, error))
    .finally(() => {
      state.draining = false;
      // A signal heard after the last round looked, but before this ran, still gets its round.
      if (hasWork(state)) startDrain(hub, state);
      else settle(hub);
    });
}

/** Presence changes of one moment (a join announces and lists at once) go out as one event. */
function queuePresence(hub: Hub, articleId: string): void {
  const state = hub.articles.get(articleId);
  if (!state || state.presenceQueued) return;
  state.presenceQueued = true;
  queueMicrotask(() => {
    state.presenceQueued = false;
    if (state.subscribers.size > 0) {
      broadcast(state, { name: "presence", data: { clients: listPresence(articleId) } });
    }
  });
}

/** Forgets articles nobody follows any more, and stops listening when none is left. */
function settle(hub: Hub): void {
  for (const [articleId, state] of hub.articles) {
    if (state.subscribers.size === 0 && state.joins.length === 0 && !state.draining) {
      hub.articles.delete(articleId);
    }
  }
  if (hub.articles.size === 0 && hub.joining === 0 && hub.stopListening) {
    hub.stopListening();
    hub.stopListening = null;
  }
}
