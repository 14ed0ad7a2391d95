import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import {
  PRESENCE_ANNOUNCE_EVERY_MS,
  isPresenceExpired,
  mergePresence,
  nextPresenceExpiry,
  type HeardPresence,
  type PresenceEntry,
  type PresenceSelection,
  type PresentClient,
} from "@/lib/domain/presence/presence-roster";
import {
  signalArticle,
  signalsCrossProcesses,
  type PresenceChange,
  type PresenceSignal,
} from "@/lib/server/live/article-signals";

// Who is in which article, for this process: its own event-stream connections (joined on
// connect, left on disconnect) and what other processes announced (kept until they say
// the session left, or 30 s after their last announcement). Each change is announced to
// the other processes as a presence signal; this process's own announcements come back
// to it over LISTEN and are ignored by their origin.

interface OwnClient extends PresenceEntry {
  /** Open streams of this session here (a reconnecting page may briefly hold two). */
  connections: number;
}

interface Registry {
  origin: string;
  own: Map<string, Map<string, OwnClient>>;
  /** Per article, keyed by `${origin} ${clientId}`. */
  heard: Map<string, Map<string, HeardPresence>>;
  listeners: Set<(articleId: string) => void>;
  announceTimer: ReturnType<typeof setInterval> | undefined;
  expiryTimer: ReturnType<typeof setTimeout> | undefined;
}

const store = globalThis as typeof globalThis & { claimdeskPresence?: Registry };
function getRegistry(): Registry {
  store.claimdeskPresence ??= {
    origin: randomUUID(),
    own: new Map(),
    heard: new Map(),
    listeners: new Set(),
    announceTimer: undefined,
    expiryTimer: undefined,
  };
  return store.claimdeskPresence;
}

/** Hears which article's list changed (the hub sends it to that article's streams). */
export function onPresenceChange(listener: (articleId: string) => void): () => void {
  const registry = getRegistry();
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}

/** Everyone in the article, from every process. */
export function listPresence(articleId: string): PresentClient[] {
  const registry = getRegistry();
  return mergePresence(
    registry.own.get(articleId)?.values() ?? [],
    registry.heard.get(articleId)?.values() ?? [],
    Date.now(),
  );
}

/** A stream of this process opened for the session `clientId`. */
export function joinPresence(articleId: string, clientId: string, user: { id: string; name: string }): void {
  const registry = getRegistry();
  const clients = registry.own.get(articleId) ?? new Map<string, OwnClient>();
  const existing = clients.get(clientId);
  if (existing && existing.userId !== user.id) {
    throw new AppError("conflict", "This editor session id is in use by someone else. Reload the page.");
  }
  if (existing) {
    existing.connections += 1;
    return;
  }
  const client: OwnClient = { clientId, userId: user.id, name: user.name, selection: null, connections: 1 };
  clients.set(clientId, client);
  registry.own.set(articleId, clients);
  ensureAnnouncing(registry);
  changed(articleId);
  announce(articleId, { op: "here", clients: [toEntry(client)] });
}

/** A stream of this process closed; the session leaves when its last stream here has. */
export function leavePresence(articleId: string, clientId: string): void {
  const registry = getRegistry();
  const clients = registry.own.get(articleId);
  const client = clients?.get(clientId);
  if (!clients || !client) return;
  client.connections -= 1;
  if (client.connections > 0) return;
  clients.delete(clientId);
  if (clients.size === 0) registry.own.delete(articleId);
  if (registry.own.size === 0) stopAnnouncing(registry);
  changed(articleId);
  announce(articleId, { op: "left", clientIds: [clientId] });
}

/** Where a session's caret is now; the process holding its stream (this one or another) applies it. */
export function updatePresenceSelection(
  articleId: string,
  clientId: string,
  userId: string,
  selection: PresenceSelection | null,
): void {
  if (applySelection(articleId, clientId, userId, selection)) return;
  announce(articleId, { op: "select", clientId, userId, selection });
}

/** Tells the other processes again who is here (after this process's signals may have been lost). */
export function announcePresence(articleId: string): void {
  const clients = getRegistry().own.get(articleId);
  if (clients && clients.size > 0)
    announce(articleId, { op: "here", clients: [...clients.values()].map(toEntry) });
}

/** A presence signal from any process (this one's own are ignored). */
export function receivePresenceSignal(signal: PresenceSignal): void {
  const registry = getRegistry();
  if (signal.origin === registry.origin) return;
  const { articleId, origin, change } = signal;
  if (change.op === "select") {
    applySelection(articleId, change.clientId, change.userId, change.selection);
    return;
  }
  const heard = registry.heard.get(articleId) ?? new Map<string, HeardPresence>();
  let isChanged = false;
  let learnedSomeone = false;
  if (change.op === "here") {
    const now = Date.now();
    for (const entry of change.clients) {
      const key = `${origin} ${entry.clientId}`;
      const previous = heard.get(key);
      if (!previous) learnedSomeone = true;
      if (!previous || !sameEntry(previous, entry)) isChanged = true;
      heard.set(key, { ...entry, origin, heardAt: now });
    }
  } else {
    for (const clientId of change.clientIds) isChanged = heard.delete(`${origin} ${clientId}`) || isChanged;
  }
  if (heard.size > 0) registry.heard.set(articleId, heard);
  else registry.heard.delete(articleId);
  scheduleExpiry(registry);
  if (isChanged) changed(articleId);
  // Someone new (or a process that just started): let it learn who is here without waiting 10 s.
  if (learnedSomeone) announcePresence(articleId);
}

/** Drops what other processes stopped announcing 30 s ago (runs on its own; exported for tests). */
export function sweepExpiredPresence(now: number = Date.now()): void {
  const registry = getRegistry();
  for (const [articleId, heard] of registry.heard) {
    let isChanged = false;
    for (const [key, entry] of heard) {
      if (isPresenceExpired(entry.heardAt, now)) isChanged = heard.delete(key) || isChanged;
    }
    if (heard.size === 0) registry.heard.delete(articleId);
    if (isChanged) changed(articleId);
  }
  scheduleExpiry(registry);
}

function applySelection(
  articleId: string,
  clientId: string,
  userId: string,
  selection: PresenceSelection | null,
): boolean {
  const client = getRegistry().own.get(articleId)?.get(clientId);
  if (!client || client.userId !== userId) return false;
  client.selection = selection;
  changed(articleId);
  announce(articleId, { op: "here", clients: [toEntry(client)] });
  return true;
}

function changed(articleId: string): void {
  for (const listener of [...getRegistry().listeners]) {
    try {
      listener(articleId);
    } catch (error) {
      console.error("Presence: a listener failed", error);
    }
  }
}

function announce(articleId: string, change: PresenceChange): void {
  // On SQLite there is one process: nobody else to tell.
  if (!signalsCrossProcesses()) return;
  signalArticle({ kind: "presence", articleId, origin: getRegistry().origin, change });
}

function ensureAnnouncing(registry: Registry): void {
  if (registry.announceTimer || !signalsCrossProcesses()) return;
  registry.announceTimer = setInterval(() => {
    for (const articleId of registry.own.keys()) announcePresence(articleId);
  }, PRESENCE_ANNOUNCE_EVERY_MS);
  registry.announceTimer.unref();
}

function stopAnnouncing(registry: Registry): void {
  clearInterval(registry.announceTimer);
  registry.announceTimer = undefined;
}

function scheduleExpiry(registry: Registry): void {
  clearTimeout(registry.expiryTimer);
  registry.expiryTimer = undefined;
  const next = nextPresenceExpiry([...registry.heard.values()].flatMap((heard) => [...heard.values()]));
  if (next === null) return;
  registry.expiryTimer = setTimeout(() => sweepExpiredPresence(), Math.max(0, next - Date.now()) + 5);
  registry.expiryTimer.unref();
}

function toEntry(client: OwnClient): PresenceEntry {
  return { clientId: client.clientId, userId: client.userId, name: client.name, selection: client.selection };
}

function sameEntry(a: PresenceEntry, b: PresenceEntry): boolean {
  return (
    a.userId === b.userId &&
    a.name === b.name &&
    a.selection?.anchor === b.selection?.anchor &&
    a.selection?.head === b.selection?.head &&
    a.selection?.version === b.selection?.version
  );
}
