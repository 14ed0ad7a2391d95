import "server-only";
import type { Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/domain/notifications/preferences";

export type { NotificationKind };

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  claimId: string;
  actorId: string | null;
  message: string;
}

/**
 * Writes in-app notifications in the caller's transaction. Nobody is told of their own act,
 * nor of a kind they turned off in their settings.
 */
export async function notify(tx: Tx, notifications: NotificationInput[]): Promise<void> {
  const seen = new Set<string>();
  const wanted = notifications.filter((n) => {
    const key = `${n.userId}:${n.kind}`;
    if (n.userId === n.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (wanted.length === 0) return;
  const turnedOff = await tx.notificationPreference.findMany({
    where: { userId: { in: [...new Set(wanted.map((n) => n.userId))] }, channel: "off" },
    select: { userId: true, kind: true },
  });
  const off = new Set(turnedOff.map((p) => `${p.userId}:${p.kind}`));
  const data = wanted.filter((n) => !off.has(`${n.userId}:${n.kind}`));
  if (data.length > 0) await tx.notification.createMany({ data });
}
