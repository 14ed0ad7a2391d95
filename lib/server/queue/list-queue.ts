import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/issues";
import { ZQueueKind } from "@/lib/validation/claims";
import { can } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";

const UNSETTLED = { notIn: ["VERIFIED" as const, "DISMISSED" as const] };

/**
 * Work queues: "mine" (my unsettled claims, soonest due first), "review" (claims in
 * review whose open proposal I may approve: not mine, not yet approved by me) and
 * "overdue" (past due and unsettled: everyone's for managers, mine otherwise).
 */
export async function listQueue(kind: unknown, actor: Actor) {
  const queue = parseInput(ZQueueKind, kind);
  assertAllowed(actor, "article.view");
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
            status: "IN_REVIEW" as const,
            verdicts: {
              some: {
                state: "PROPOSED" as const,
                proposedById: { not: actor.id },
                approvals: { none: { approverId: actor.id } },
              },
            },
          };
  if (queue === "review" && actor.role === "EDITOR") return [];
  const claims = await db.claim.findMany({
    // Spiked articles' claims are off every queue until the article is restored.
    where: { ...where, removedAt: null, article: { archivedAt: null } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 500,
    select: {
      id: true,
      quote: true,
      status: true,
      orphaned: true,
      priority: true,
      dueAt: true,
      article: { select: { id: true, title: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  return claims.map((c) => ({
    ...c,
    dueAt: c.dueAt?.toISOString() ?? null,
    overdue: c.dueAt !== null && c.dueAt < now,
  }));
}

export type QueueItem = Awaited<ReturnType<typeof listQueue>>[number];
