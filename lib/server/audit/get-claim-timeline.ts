import "server-only";
import { db, type Tx } from "@/lib/db";
import { can, canSeeSource } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { loadClaim } from "@/lib/server/claims/load-claim";
import {
  auditEventSelect,
  toAuditEventViews,
  type AuditEventView,
  type StoredAuditEvent,
} from "@/lib/server/audit/list-audit-events";

/** What a redacted event shows instead of its before/after. */
export const REDACTED = { redacted: "sensitive source" } as const;

const SOURCE_ACTIONS = new Set(["source.added", "source.edited", "source.removed"]);

function sourceIdOf(event: Pick<StoredAuditEvent, "action" | "before" | "after">): string | null {
  if (!SOURCE_ACTIONS.has(event.action)) return null;
  for (const side of [event.after, event.before]) {
    if (side && typeof side === "object" && "sourceId" in side && typeof side.sourceId === "string") {
      return side.sourceId;
    }
  }
  return null;
}

function saysSensitive(side: unknown): boolean {
  return !!side && typeof side === "object" && "sensitive" in side && side.sensitive === true;
}

/**
 * Which of `events` are about a sensitive source: a source.* event whose source is sensitive
 * now, was sensitive when it was removed, or whose own before/after says `sensitive: true`.
 * A few queries per batch (the sources, and the removals of sources no longer there).
 */
export async function findSensitiveSourceEvents(
  events: StoredAuditEvent[],
  client: Pick<Tx, "source" | "auditEvent"> = db,
): Promise<Set<number>> {
  const sensitiveSeqs = new Set<number>();
  const bySource = new Map<string, StoredAuditEvent[]>();
  for (const event of events) {
    const sourceId = sourceIdOf(event);
    if (sourceId === null) {
      if (SOURCE_ACTIONS.has(event.action) && (saysSensitive(event.before) || saysSensitive(event.after))) {
        sensitiveSeqs.add(event.seq);
      }
      continue;
    }
    bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), event]);
  }
  if (bySource.size === 0) return sensitiveSeqs;
  const sourceIds = [...bySource.keys()];
  const sources = await client.source.findMany({
    where: { id: { in: sourceIds } },
    select: { id: true, sensitive: true },
  });
  const sensitiveSources = new Set(sources.filter((s) => s.sensitive).map((s) => s.id));
  // Each event's own record counts too (e.g. a source that was sensitive, then made public).
  for (const [sourceId, list] of bySource) {
    if (list.some((e) => saysSensitive(e.before) || saysSensitive(e.after))) sensitiveSources.add(sourceId);
  }
  const present = new Set(sources.map((s) => s.id));
  const gone = sourceIds.filter((id) => !present.has(id) && !sensitiveSources.has(id));
  if (gone.length > 0) {
    const claimIds = [
      ...new Set(gone.flatMap((id) => (bySource.get(id) ?? []).map((e) => e.claimId ?? ""))),
    ].filter(Boolean);
    const removals = await client.auditEvent.findMany({
      where: { action: "source.removed", claimId: { in: claimIds } },
      select: { before: true, after: true, action: true },
    });
    for (const removal of removals) {
      const sourceId = sourceIdOf(removal);
      if (sourceId && gone.includes(sourceId) && saysSensitive(removal.before)) {
        sensitiveSources.add(sourceId);
      }
    }
  }
  for (const [sourceId, list] of bySource) {
    if (sensitiveSources.has(sourceId)) for (const e of list) sensitiveSeqs.add(e.seq);
  }
  return sensitiveSeqs;
}

/** The source ids a verdict event cites (`sourceIds` in its before or after), if any. */
function citedSourceIds(event: Pick<StoredAuditEvent, "before" | "after">): string[] {
  return [event.before, event.after].flatMap((side) =>
    side && typeof side === "object" && "sourceIds" in side && Array.isArray(side.sourceIds)
      ? side.sourceIds.filter((id): id is string => typeof id === "string")
      : [],
  );
}

/** `side` without the hidden ids in its `sourceIds`, when it has any. */
function withoutHiddenIds(side: unknown, hidden: Set<string>): unknown {
  if (!side || typeof side !== "object" || !("sourceIds" in side) || !Array.isArray(side.sourceIds)) {
    return side;
  }
  return { ...side, sourceIds: side.sourceIds.filter((id) => typeof id !== "string" || !hidden.has(id)) };
}

/**
 * A claim's history, oldest first, for anyone who may view articles. A viewer who may not
 * see a sensitive source never learns it exists: the events about it are left out, and
 * its id is taken out of the `sourceIds` a verdict event cites.
 */
export async function getClaimTimeline(claimId: string, actor: Actor): Promise<{ events: AuditEventView[] }> {
  assertAllowed(actor, "article.view");
  await loadClaim(claimId);
  const rows = await db.auditEvent.findMany({
    where: { claimId },
    orderBy: { seq: "asc" },
    select: auditEventSelect,
  });
  const views = await toAuditEventViews(rows);
  if (can(actor, "source.view_sensitive")) return { events: views };
  const about = await findSensitiveSourceEvents(rows);
  const cited = [...new Set(rows.flatMap(citedSourceIds))];
  const sources = cited.length
    ? await db.source.findMany({ where: { id: { in: cited } }, select: { id: true, sensitive: true } })
    : [];
  const hidden = new Set(sources.filter((s) => !canSeeSource(actor, s)).map((s) => s.id));
  return {
    events: views
      .filter((v) => !about.has(v.seq))
      .map((v) =>
        hidden.size > 0 && citedSourceIds(v).length > 0
          ? { ...v, before: withoutHiddenIds(v.before, hidden), after: withoutHiddenIds(v.after, hidden) }
          : v,
      ),
  };
}
