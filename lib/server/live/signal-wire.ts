// Article signals as they travel between app processes (PostgreSQL NOTIFY payloads): what
// they are, how a batch becomes payloads that each fit NOTIFY's limit, and how a received
// payload is checked. No I/O here, so it is unit-tested without a database.
import { z } from "zod";
import type { PresenceEntry, PresenceSelection } from "@/lib/domain/presence/presence-roster";

/** A presence change one process tells the others. */
export type PresenceChange =
  /** These sessions are connected to the announcing process (join, caret move, or the 10 s re-announcement). */
  | { op: "here"; clients: PresenceEntry[] }
  /** These sessions left the announcing process. */
  | { op: "left"; clientIds: string[] }
  /** A caret moved for a session this process does not hold: whichever process holds it applies it. */
  | { op: "select"; clientId: string; userId: string; selection: PresenceSelection | null };

export type ArticleSignal =
  /** Steps up to `version` are committed. */
  | { kind: "steps"; articleId: string; version: number }
  /** These claims' workflow data (status, rating, assignee…), anchors or detail changed. */
  | { kind: "claims"; articleId: string; claimIds: string[] }
  /** The article's status, correction count or pending corrections changed. */
  | { kind: "article"; articleId: string }
  /** Who is in the article changed, as seen by the process `origin`. */
  | { kind: "presence"; articleId: string; origin: string; change: PresenceChange };

export type PresenceSignal = Extract<ArticleSignal, { kind: "presence" }>;

/** NOTIFY refuses payloads of 8000 bytes or more; stay well below. */
export const MAX_PAYLOAD_BYTES = 7000;

const ZId = z.string().min(1).max(200);
const ZSelection = z.object({
  anchor: z.number().int().min(0),
  head: z.number().int().min(0),
  version: z.number().int().min(0),
});
const ZEntry = z.object({
  clientId: ZId,
  userId: ZId,
  name: z.string().max(500),
  selection: ZSelection.nullable(),
});
const ZChange = z.discriminatedUnion("op", [
  z.object({ op: z.literal("here"), clients: z.array(ZEntry) }),
  z.object({ op: z.literal("left"), clientIds: z.array(ZId) }),
  z.object({ op: z.literal("select"), clientId: ZId, userId: ZId, selection: ZSelection.nullable() }),
]);
const ZArticleSignal = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("steps"), articleId: ZId, version: z.number().int().min(0) }),
  z.object({ kind: z.literal("claims"), articleId: ZId, claimIds: z.array(ZId) }),
  z.object({ kind: z.literal("article"), articleId: ZId }),
  z.object({ kind: z.literal("presence"), articleId: ZId, origin: ZId, change: ZChange }),
]);

/**
 * One payload per signal, each under the limit: a signal naming too many claims or
 * sessions is split into several of the same kind (listeners treat each on its own). A
 * signal that cannot be split small enough is reported in `dropped`.
 */
export function encodeArticleSignals(signals: readonly ArticleSignal[]): {
  payloads: string[];
  dropped: ArticleSignal[];
} {
  const payloads: string[] = [];
  const dropped: ArticleSignal[] = [];
  const pending = [...signals].reverse();
  for (let signal = pending.pop(); signal; signal = pending.pop()) {
    const json = JSON.stringify(signal);
    if (byteLength(json) <= MAX_PAYLOAD_BYTES) {
      payloads.push(json);
      continue;
    }
    const halves = splitSignal(signal);
    if (halves) pending.push(halves[1], halves[0]);
    else dropped.push(signal);
  }
  return { payloads, dropped };
}

/** The signal a payload carries, or null when it is not one (another version's, or garbage). */
export function parseArticleSignal(payload: string): ArticleSignal | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = ZArticleSignal.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function splitSignal(signal: ArticleSignal): [ArticleSignal, ArticleSignal] | null {
  if (signal.kind === "claims" && signal.claimIds.length > 1) {
    const [a, b] = halve(signal.claimIds);
    return [
      { ...signal, claimIds: a },
      { ...signal, claimIds: b },
    ];
  }
  if (signal.kind !== "presence") return null;
  const { change } = signal;
  if (change.op === "here" && change.clients.length > 1) {
    const [a, b] = halve(change.clients);
    return [
      { ...signal, change: { op: "here", clients: a } },
      { ...signal, change: { op: "here", clients: b } },
    ];
  }
  if (change.op === "left" && change.clientIds.length > 1) {
    const [a, b] = halve(change.clientIds);
    return [
      { ...signal, change: { op: "left", clientIds: a } },
      { ...signal, change: { op: "left", clientIds: b } },
    ];
  }
  return null;
}

function halve<T>(list: readonly T[]): [T[], T[]] {
  const middle = Math.ceil(list.length / 2);
  return [list.slice(0, middle), list.slice(middle)];
}

const encoder = new TextEncoder();
function byteLength(text: string): number {
  return encoder.encode(text).byteLength;
}
