import "server-only";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { ListenConnection } from "@/lib/server/live/listen-connection";
import { encodeArticleSignals, parseArticleSignal, type ArticleSignal } from "@/lib/server/live/signal-wire";

// What use cases announce after they commit a change to an article, so that every open
// workspace on every app process hears of it. Signals carry no content (presence aside):
// listeners read what changed from the database, in order, so a missed or repeated signal
// loses nothing. On PostgreSQL they travel by NOTIFY on one channel and every process,
// this one included, hears them through its one LISTEN connection; on SQLite (one
// process) they are handed to this process's listeners directly.

export type { ArticleSignal, PresenceChange, PresenceSignal } from "@/lib/server/live/signal-wire";

/** What listeners hear: the signals, and after a lost LISTEN connection came back, a re-read per article. */
export type ReceivedArticleSignal = ArticleSignal | { kind: "resync"; articleId: string };

type Listener = (signal: ReceivedArticleSignal) => void;

interface Subscription {
  listener: Listener;
  /** The articles this listener follows, to be told to re-read after a reconnection. */
  watching?: () => Iterable<string>;
}

interface SignalsState {
  subscriptions: Set<Subscription>;
  sender: pg.Pool | null;
  listen: ListenConnection | null;
}

const CHANNEL = "claimdesk_article";

// On globalThis: every route bundle of this process must share one set of connections.
const store = globalThis as typeof globalThis & { claimdeskArticleSignals?: SignalsState };
function getState(): SignalsState {
  store.claimdeskArticleSignals ??= { subscriptions: new Set(), sender: null, listen: null };
  return store.claimdeskArticleSignals;
}

/** True when signals reach other app processes (PostgreSQL), not only this one. */
export function signalsCrossProcesses(): boolean {
  return getEnv().databaseProvider === "postgresql";
}

/**
 * Announces committed changes; call after the transaction, never inside it. Fire and
 * forget: a failure is logged, never thrown at the caller.
 */
export function signalArticle(...signals: ArticleSignal[]): void {
  if (signals.length === 0) return;
  try {
    if (!signalsCrossProcesses()) {
      for (const signal of signals) dispatch(signal);
      return;
    }
    const { payloads, dropped } = encodeArticleSignals(signals);
    for (const signal of dropped)
      console.error("Live article signals: a signal too large to send", signal.kind);
    if (payloads.length === 0) return;
    // One round trip for the whole batch, in order, outside any use case's transaction.
    getSender()
      .query("SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload", [CHANNEL, payloads])
      .catch((error: unknown) => console.error("Live article signals: NOTIFY failed", error));
  } catch (error) {
    console.error("Live article signals: could not send", error);
  }
}

/** Hears every signal of every article; the first listener opens this process's LISTEN connection. */
export function onArticleSignal(
  listener: Listener,
  options: { watching?: () => Iterable<string> } = {},
): () => void {
  const state = getState();
  const subscription: Subscription = { listener, watching: options.watching };
  state.subscriptions.add(subscription);
  if (signalsCrossProcesses()) ensureListening(state);
  return () => {
    state.subscriptions.delete(subscription);
    if (state.subscriptions.size === 0 && state.listen) {
      const listen = state.listen;
      state.listen = null;
      void listen.close();
    }
  };
}

/** Settles once LISTEN is active (or its attempt failed and is being retried): read state after this. */
export function whenArticleSignalsListening(): Promise<void> {
  return getState().listen?.ready() ?? Promise.resolve();
}

/** Closes this process's signal connections and forgets its listeners (tests, shutdown). */
export async function closeArticleSignals(): Promise<void> {
  const state = getState();
  state.subscriptions.clear();
  const { listen, sender } = state;
  state.listen = null;
  state.sender = null;
  await listen?.close();
  await sender?.end().catch(() => undefined);
}

function dispatch(signal: ReceivedArticleSignal): void {
  for (const { listener } of [...getState().subscriptions]) {
    try {
      listener(signal);
    } catch (error) {
      console.error("Live article signals: a listener failed", error);
    }
  }
}

function ensureListening(state: SignalsState): void {
  if (state.listen) return;
  state.listen = new ListenConnection({
    connectionString: getEnv().databaseUrl,
    channel: CHANNEL,
    onPayload: (payload) => {
      const signal = parseArticleSignal(payload);
      if (signal) dispatch(signal);
      else console.error("Live article signals: ignored a payload that is not a signal");
    },
    onResumed: () => {
      for (const { listener, watching } of [...state.subscriptions]) {
        for (const articleId of [...(watching?.() ?? [])]) {
          try {
            listener({ kind: "resync", articleId });
          } catch (error) {
            console.error("Live article signals: a listener failed", error);
          }
        }
      }
    },
  });
}

function getSender(): pg.Pool {
  const state = getState();
  if (state.sender) return state.sender;
  // One connection, so NOTIFYs leave in the order signalled; an idle one never keeps Node alive.
  const sender = new pg.Pool({
    connectionString: getEnv().databaseUrl,
    max: 1,
    idleTimeoutMillis: 60_000,
    allowExitOnIdle: true,
    keepAlive: true,
  });
  // An idle connection that dies (database restart) is replaced at the next signal; only a
  // failed send matters, and that is logged where it fails.
  sender.on("error", () => undefined);
  state.sender = sender;
  return sender;
}
