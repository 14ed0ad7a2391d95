import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation/issues";
import type { Actor } from "@/lib/server/auth/actor";

export const ZMarkNotificationsReadInput = z.union(
  [
    z.object({ all: z.literal(true) }).strict(),
    z.object({ ids: z.array(z.uuid()).min(1).max(500) }).strict(),
  ],
  { error: "Send {all: true}, or {ids: [...]} with the notifications to mark read." },
);
export type MarkNotificationsReadInput = z.input<typeof ZMarkNotificationsReadInput>;

/** Marks my notifications read: all of them, or the listed ones (others' are never touched). */
export async function markNotificationsRead(
  actor: Actor,
  rawInput: MarkNotificationsReadInput,
): Promise<void> {
  const input = parseInput(ZMarkNotificationsReadInput, rawInput);
  await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...("ids" in input ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
}
