import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { Tx } from "@/lib/db";
import type { TagName } from "@/lib/domain/tags/tag-name";

/**
 * The ids of these tags, creating the ones that do not exist yet. Two people filing
 * different articles under the same new name at once both succeed with one Tag: the insert
 * skips a name another transaction has just created (ON CONFLICT on the unique key, which on
 * PostgreSQL waits for that transaction and then sees its row). Keys are inserted in sorted
 * order, so two such inserts never wait for each other crosswise.
 */
export async function findOrCreateTags(tx: Tx, tags: readonly TagName[]): Promise<Map<string, string>> {
  if (tags.length === 0) return new Map();
  const sorted = [...tags].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const now = new Date();
  const rows = sorted.map((t) => Prisma.sql`(${randomUUID()}, ${t.name}, ${t.key}, ${now})`);
  await tx.$executeRaw`INSERT INTO "Tag" ("id", "name", "key", "createdAt")
    VALUES ${Prisma.join(rows)} ON CONFLICT ("key") DO NOTHING`;
  const found = await tx.tag.findMany({
    where: { key: { in: sorted.map((t) => t.key) } },
    select: { id: true, key: true },
  });
  return new Map(found.map((t) => [t.key, t.id]));
}
