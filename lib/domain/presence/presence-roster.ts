// Who is in an article, merged from this process's own connections and what other app
// processes announced. Another process re-announces its people every 10 s; an entry heard
// from it lapses 30 s after its last announcement, so someone whose process died (and so
// never said they left) is gone from every header within 30 s.
import { choosePresenceColor } from "./presence-color";

export const PRESENCE_ANNOUNCE_EVERY_MS = 10_000;
export const PRESENCE_TTL_MS = 30_000;

export interface PresenceSelection {
  anchor: number;
  head: number;
  /** The article version the positions refer to. */
  version: number;
}

/** One editor session in an article, as every workspace's header and carets show it. */
export interface PresentClient {
  clientId: string;
  userId: string;
  name: string;
  color: string;
  selection: PresenceSelection | null;
}

export interface PresenceEntry {
  clientId: string;
  userId: string;
  name: string;
  selection: PresenceSelection | null;
}

/** An entry another process announced, with when this process last heard it. */
export interface HeardPresence extends PresenceEntry {
  origin: string;
  heardAt: number;
}

export function isPresenceExpired(heardAt: number, now: number): boolean {
  return now - heardAt >= PRESENCE_TTL_MS;
}

/** When the first of these entries lapses (null: none to wait for). */
export function nextPresenceExpiry(entries: Iterable<{ heardAt: number }>): number | null {
  let earliest: number | null = null;
  for (const entry of entries) {
    const at = entry.heardAt + PRESENCE_TTL_MS;
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest;
}

/**
 * The full list for one article: own connections win over what was heard of the same
 * session (a browser that moved to this process); of several processes claiming one
 * session the latest announcement wins; lapsed entries are left out. Ordered by name, so
 * headers do not reshuffle as people move their carets.
 */
export function mergePresence(
  own: Iterable<PresenceEntry>,
  heard: Iterable<HeardPresence>,
  now: number,
): PresentClient[] {
  const byClient = new Map<string, PresenceEntry>();
  const heardAt = new Map<string, number>();
  for (const entry of heard) {
    if (isPresenceExpired(entry.heardAt, now)) continue;
    const previous = heardAt.get(entry.clientId);
    if (previous !== undefined && previous >= entry.heardAt) continue;
    heardAt.set(entry.clientId, entry.heardAt);
    byClient.set(entry.clientId, entry);
  }
  for (const entry of own) byClient.set(entry.clientId, entry);
  return [...byClient.values()]
    .map((e) => ({
      clientId: e.clientId,
      userId: e.userId,
      name: e.name,
      color: choosePresenceColor(e.userId),
      selection: e.selection,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en") || compareIds(a.clientId, b.clientId));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
