import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";

/** The bell: my latest notifications and how many are unread. */
export async function listNotifications(actor: Actor) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        kind: true,
        message: true,
        readAt: true,
        createdAt: true,
        claim: { select: { id: true, articleId: true } },
      },
    }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  return {
    unread,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      message: n.message,
      read: n.readAt !== null,
      createdAt: n.createdAt.toISOString(),
      href: n.claim ? `/articles/${n.claim.articleId}?claim=${n.claim.id}` : null,
    })),
  };
}

/** Marks my notifications read (all of them, or the listed ones). */
export async function markNotificationsRead(actor: Actor, ids?: string[]): Promise<void> {
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
}
