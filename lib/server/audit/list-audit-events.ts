import "server-only";
import { db, getDbProvider } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { parseInput } from "@/lib/validation/issues";
import { ZAuditFilters, type AuditFilters } from "@/lib/validation/audit";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";

/** One audit event as the audit API shows it. */
export interface AuditEventView {
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  articleId: string | null;
  claimId: string | null;
  article: { id: string; title: string } | null;
  claim: { id: string; quote: string } | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** The request the event came from; null for scripts and the system. */
  context: AuditRequestContext | null;
  prevHash: string;
  hash: string;
}

export interface AuditRequestContext {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEventPage {
  events: AuditEventView[];
  /** Pass as `cursor` to get the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface StoredAuditEvent {
  seq: number;
  at: Date;
  actorId: string | null;
  action: string;
  articleId: string | null;
  claimId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  context: unknown;
  prevHash: string;
  hash: string;
}

export const auditEventSelect = {
  seq: true,
  at: true,
  actorId: true,
  action: true,
  articleId: true,
  claimId: true,
  before: true,
  after: true,
  reason: true,
  context: true,
  prevHash: true,
  hash: true,
} as const;

/** How many claims a filter by a claim's words may stand for (one query's `in` list). */
export const CLAIM_WORDS_MAX_MATCHES = 500;

/** The Prisma filter for parsed audit filters (without the cursor, which depends on the order). */
export async function auditFilterWhere(filters: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.articleId !== undefined) where.articleId = filters.articleId;
  if (filters.claim !== undefined) {
    const ids = await claimIdsByWords(filters.claim, filters.articleId);
    where.AND = [
      { claimId: { in: ids } },
      ...(filters.claimId !== undefined ? [{ claimId: filters.claimId }] : []),
    ];
  } else if (filters.claimId !== undefined) where.claimId = filters.claimId;
  if (filters.actorId !== undefined) where.actorId = filters.actorId === "system" ? null : filters.actorId;
  if (filters.action !== undefined) where.action = filters.action;
  if (filters.fromDate || filters.toDate) {
    where.at = {
      ...(filters.fromDate ? { gte: filters.fromDate } : {}),
      ...(filters.toDate ? { lte: filters.toDate } : {}),
    };
  }
  return where;
}

/** The claims whose quote contains `words` (any case), in one article or all. */
async function claimIdsByWords(words: string, articleId: string | undefined): Promise<string[]> {
  // SQLite's LIKE ignores ASCII case already; PostgreSQL must be asked.
  const contains =
    getDbProvider() === "postgresql" ? { contains: words, mode: "insensitive" } : { contains: words };
  const claims = await db.claim.findMany({
    where: { quote: contains, ...(articleId !== undefined ? { articleId } : {}) },
    select: { id: true },
    take: CLAIM_WORDS_MAX_MATCHES + 1,
  });
  if (claims.length > CLAIM_WORDS_MAX_MATCHES) {
    const message = `More than ${CLAIM_WORDS_MAX_MATCHES} claims contain “${words}”: type more of the claim's words, or pick its article.`;
    throw new AppError("validation", message, { issues: [{ path: "claim", message }] });
  }
  return claims.map((c) => c.id);
}

/**
 * The seq range a time filter covers. `at` never decreases as `seq` grows (the append
 * makes sure of it), so the first event at or after `from` and the last at or before `to`
 * bound it: two lookups on the (at, seq) index. Pages then walk the seq index between
 * those bounds instead of sorting the whole time range by seq (README, "Audit trail").
 */
export async function timeRangeSeqBounds(
  where: Prisma.AuditEventWhereInput,
): Promise<{ gte?: number; lte?: number }> {
  const range = where.at as { gte?: Date; lte?: Date } | undefined;
  if (!range) return {};
  const [first, last] = await Promise.all([
    range.gte
      ? db.auditEvent.findFirst({
          where: { at: { gte: range.gte } },
          orderBy: [{ at: "asc" }, { seq: "asc" }],
          select: { seq: true },
        })
      : null,
    range.lte
      ? db.auditEvent.findFirst({
          where: { at: { lte: range.lte } },
          orderBy: [{ at: "desc" }, { seq: "desc" }],
          select: { seq: true },
        })
      : null,
  ]);
  // No event on one side: the range is empty (seq is an int4 on PostgreSQL, so stay small).
  if ((range.gte && !first) || (range.lte && !last)) return { gte: 1, lte: 0 };
  return { ...(first ? { gte: first.seq } : {}), ...(last ? { lte: last.seq } : {}) };
}

/** Resolves actor names, article titles and claim quotes with one query each for the page. */
export async function toAuditEventViews(events: StoredAuditEvent[]): Promise<AuditEventView[]> {
  const ids = (pick: (e: StoredAuditEvent) => string | null) => [
    ...new Set(events.map(pick).filter((id): id is string => id !== null)),
  ];
  const actorIds = ids((e) => e.actorId);
  const articleIds = ids((e) => e.articleId);
  const claimIds = ids((e) => e.claimId);
  const [users, articles, claims] = await Promise.all([
    actorIds.length
      ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
      : [],
    articleIds.length
      ? db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true } })
      : [],
    claimIds.length
      ? db.claim.findMany({ where: { id: { in: claimIds } }, select: { id: true, quote: true } })
      : [],
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  return events.map((e) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    actor: e.actorId ? (userById.get(e.actorId) ?? null) : null,
    action: e.action,
    articleId: e.articleId,
    claimId: e.claimId,
    article: e.articleId ? (articleById.get(e.articleId) ?? null) : null,
    claim: e.claimId ? (claimById.get(e.claimId) ?? null) : null,
    before: e.before ?? null,
    after: e.after ?? null,
    reason: e.reason,
    context: (e.context as AuditRequestContext | null) ?? null,
    prevHash: e.prevHash,
    hash: e.hash,
  }));
}

/**
 * The audit trail, newest first, for managers ("audit.view"). Keyset pagination on seq:
 * `cursor` is the seq to continue below, so pages never skip or repeat an event even while
 * new events are appended.
 */
export async function listAuditEvents(rawFilters: unknown, actor: Actor): Promise<AuditEventPage> {
  const filters = parseInput(ZAuditFilters, rawFilters ?? {});
  assertAllowed(actor, "audit.view");
  const where = await auditFilterWhere(filters);
  where.seq = {
    ...(await timeRangeSeqBounds(where)),
    ...(filters.cursor !== undefined ? { lt: Number(filters.cursor) } : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: { seq: "desc" },
    take: filters.limit + 1,
    select: auditEventSelect,
  });
  const page = rows.slice(0, filters.limit);
  const last = page[page.length - 1];
  return {
    events: await toAuditEventViews(page),
    nextCursor: rows.length > filters.limit && last ? String(last.seq) : null,
  };
}
