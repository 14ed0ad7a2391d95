import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/issues";
import { ZQueueKind } from "@/lib/validation/claims";
import { ZPageInput, type PageInput } from "@/lib/validation/paging";
import { can } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { decodeCursor, encodeCursor } from "@/lib/server/http/page-cursor";
import { TEXT_CHANGED_REASON, isStale } from "@/lib/domain/verdicts/reconfirm";

const UNSETTLED = { notIn: ["VERIFIED" as const, "DISMISSED" as const] };

/** A queue row's place in the queue's order: due date (none last), then age, then id. */
interface QueueKey {
  d: Date | null;
  c: Date;
  i: string;
}

/** The first page of a queue (the pages and the API page with listQueuePage). */
export async function listQueue(kind: unknown, actor: Actor) {
  return (await listQueuePage(kind, {}, actor)).claims;
}

/**
 * Work queues: "mine" (my unsettled claims, soonest due first), "review" (claims in
 * review whose open proposal I may approve: not mine, not yet approved by me) and
 * "overdue" (past due and unsettled: everyone's for managers, mine otherwise). Claims of
 * spiked articles are left out. Paged by keyset on (due date, created, id).
 */
export async function listQueuePage(kind: unknown, rawPage: PageInput, actor: Actor) {
  const queue = parseInput(ZQueueKind, kind);
  const page = parseInput(ZPageInput, rawPage ?? {});
  assertAllowed(actor, "article.view");
  const after = page.cursor ? decodeQueueCursor(page.cursor, "cursor") : null;
  const before = page.before ? decodeQueueCursor(page.before, "before") : null;
  const now = new Date();
  const where =
    queue === "mine"
      ? { assigneeId: actor.id, status: UNSETTLED }
      : queue === "overdue"
        ? {
            dueAt: { lt: now },
            status: UNSETTLED,
            ...(can(actor, "claim.assign") ? {} : { assigneeId: actor.id }),
          }
        : {
            OR: [
              {
                status: "IN_REVIEW" as const,
                verdicts: {
                  some: {
                    state: "PROPOSED" as const,
                    proposedById: { not: actor.id },
                    approvals: { none: { approverId: actor.id } },
                  },
                },
              },
              staleForReconfirmation(actor),
            ],
          };
  if (queue === "review" && actor.role === "EDITOR")
    return { claims: [], nextCursor: null, prevCursor: null };
  const dir = before ? ("desc" as const) : ("asc" as const);
  const rows = await db.claim.findMany({
    where: {
      AND: [
        // Spiked articles' claims are off every queue until the article is restored.
        { ...where, removedAt: null, article: { archivedAt: null } },
        ...(after ? [beyond(after, "after")] : before ? [beyond(before, "before")] : []),
      ],
    },
    orderBy: [{ dueAt: { sort: dir, nulls: before ? "first" : "last" } }, { createdAt: dir }, { id: dir }],
    take: page.limit + 1,
    select: {
      id: true,
      quote: true,
      status: true,
      orphaned: true,
      checkedQuote: true,
      statusReason: true,
      priority: true,
      dueAt: true,
      createdAt: true,
      article: { select: { id: true, title: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  if (before) shown.reverse();
  const cursorOf = (row: (typeof rows)[number] | undefined) =>
    row
      ? encodeCursor({ d: row.dueAt?.toISOString() ?? null, c: row.createdAt.toISOString(), i: row.id })
      : null;
  return {
    claims: shown.map(({ createdAt: _createdAt, statusReason, ...c }) => ({
      ...c,
      dueAt: c.dueAt?.toISOString() ?? null,
      overdue: c.dueAt !== null && c.dueAt < now,
      /** The words now differ from the ones its approved verdict checked (`checkedQuote`). */
      stale: isStale(c),
      /** In the review queue for a re-confirmation of its verdict, not for a proposal. */
      awaitsReconfirmation:
        queue === "review" &&
        (c.status === "VERIFIED" || (c.status === "RESEARCHING" && statusReason === TEXT_CHANGED_REASON)),
    })),
    nextCursor: before
      ? (cursorOf(shown.at(-1)) ?? page.before ?? null)
      : more
        ? cursorOf(shown.at(-1))
        : null,
    prevCursor: before ? (more ? cursorOf(shown[0]) : null) : after ? cursorOf(shown[0]) : null,
  };
}

/**
 * Claims whose approved verdict this reviewer may re-confirm for changed words (what
 * decideReconfirmation allows): verified with words other than the checked ones, or reopened
 * by the system because the words changed and with no new proposal. Left out when the
 * reviewer proposed an approved verdict of the claim (four-eyes; they may not re-confirm it).
 */
function staleForReconfirmation(actor: Actor) {
  return {
    orphaned: false,
    checkedQuote: { not: null },
    AND: [
      {
        OR: [
          { status: "VERIFIED" as const, NOT: { quote: { equals: db.claim.fields.checkedQuote } } },
          {
            status: "RESEARCHING" as const,
            statusReason: TEXT_CHANGED_REASON,
            verdicts: { none: { state: "PROPOSED" as const } },
          },
        ],
      },
      { verdicts: { some: { state: "APPROVED" as const } } },
      { verdicts: { none: { state: "APPROVED" as const, proposedById: actor.id } } },
    ],
  };
}

export type QueueItem = Awaited<ReturnType<typeof listQueue>>[number];

function decodeQueueCursor(cursor: string, field: string): QueueKey {
  return decodeCursor(cursor, field, ({ d, c, i }) => {
    const date = (v: unknown) => (typeof v === "string" && !Number.isNaN(Date.parse(v)) ? new Date(v) : null);
    const created = date(c);
    if (typeof i !== "string" || !created || (d !== null && !date(d))) return null;
    return { d: d === null ? null : date(d), c: created, i };
  });
}

/** The rows strictly after (or before) `key` in the order due date (none last), created, id. */
function beyond(key: QueueKey, side: "after" | "before") {
  const tail =
    side === "after"
      ? { OR: [{ createdAt: { gt: key.c } }, { createdAt: key.c, id: { gt: key.i } }] }
      : { OR: [{ createdAt: { lt: key.c } }, { createdAt: key.c, id: { lt: key.i } }] };
  if (key.d === null)
    return side === "after"
      ? { AND: [{ dueAt: null }, tail] }
      : { OR: [{ dueAt: { not: null } }, { AND: [{ dueAt: null }, tail] }] };
  return side === "after"
    ? { OR: [{ dueAt: { gt: key.d } }, { dueAt: null }, { AND: [{ dueAt: key.d }, tail] }] }
    : { OR: [{ dueAt: { lt: key.d } }, { AND: [{ dueAt: key.d }, tail] }] };
}
