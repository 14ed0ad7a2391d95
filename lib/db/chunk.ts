// SQLite through Prisma refuses a query with more than about a thousand bound parameters
// (P2029), and a nested read binds one per parent row: lists of ids go in chunks.

export const ID_CHUNK_SIZE = 400;

export function chunk<T>(items: readonly T[], size = ID_CHUNK_SIZE): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Runs `query` once per chunk of ids, one after another, and concatenates the rows. */
export async function findInChunks<T>(
  ids: readonly string[],
  query: (ids: string[]) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  for (const part of chunk(ids)) rows.push(...(await query(part)));
  return rows;
}

/** Runs `write` once per chunk, one after another (inside the caller's transaction). */
export async function writeInChunks<T>(
  items: readonly T[],
  write: (items: T[]) => Promise<unknown>,
): Promise<void> {
  for (const part of chunk(items)) await write(part);
}
