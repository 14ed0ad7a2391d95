import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";

export interface NotificationView {
  id: string;
  kind: string;
  message: string;
  read: boolean;
  createdAt: string;
  /** The article the claim is in, named so a list of them reads on its own. */
  article: { id: string; title: string } | null;
  href: string | null;
}

/** The bell: my latest notifications, each with its article, and how many are unread. */
export async function listNotifications(
  actor: Actor,
): Promise<{ unread: number; items: NotificationView[] }> {
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
        claim: { select: { id: true, article: { select: { id: true, title: true } } } },
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
      article: n.claim ? n.claim.article : null,
      href: n.claim ? `/articles/${n.claim.article.id}?claim=${n.claim.id}` : null,
    })),
  };
}
