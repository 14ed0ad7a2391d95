import "server-only";
import type { Tx } from "@/lib/db";

export type NotificationKind = "assigned" | "mentioned" | "sent_back" | "approved" | "reopened";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  claimId: string;
  actorId: string | null;
  message: string;
}

/** Writes in-app notifications in the caller's transaction; nobody is told of their own act. */
export async function notify(tx: Tx, notifications: NotificationInput[]): Promise<void> {
  const seen = new Set<string>();
  const data = notifications.filter((n) => {
    const key = `${n.userId}:${n.kind}`;
    if (n.userId === n.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (data.length > 0) await tx.notification.createMany({ data });
}
