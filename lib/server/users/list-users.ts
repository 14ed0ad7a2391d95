import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { decodeCursor, encodeCursor } from "@/lib/server/http/page-cursor";
import { parseInput } from "@/lib/validation/issues";
import { ZPageInput, type PageInput } from "@/lib/validation/paging";

/** What the user administration shows of an account (never the password hash). */
export const ADMIN_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
} as const;

/** The first page of accounts (see listUsersPage). */
export async function listUsers(actor: Actor) {
  return (await listUsersPage({}, actor)).users;
}

/**
 * Every account, disabled ones included, for managers: by name, then email (unique), a
 * page at a time by keyset on the two.
 */
export async function listUsersPage(rawPage: PageInput, actor: Actor) {
  assertAllowed(actor, "user.manage");
  const page = parseInput(ZPageInput, rawPage ?? {});
  const bound = page.cursor ?? page.before;
  const key = bound ? decodeUserCursor(bound, page.cursor ? "cursor" : "before") : null;
  const backwards = page.before !== undefined;
  const cmp = backwards ? "lt" : "gt";
  const dir = backwards ? ("desc" as const) : ("asc" as const);
  const rows = await db.user.findMany({
    where: key ? { OR: [{ name: { [cmp]: key.n } }, { name: key.n, email: { [cmp]: key.e } }] } : {},
    orderBy: [{ name: dir }, { email: dir }],
    take: page.limit + 1,
    select: ADMIN_USER_SELECT,
  });
  const more = rows.length > page.limit;
  const users = rows.slice(0, page.limit);
  if (backwards) users.reverse();
  const cursorOf = (u: (typeof rows)[number] | undefined) =>
    u ? encodeCursor({ n: u.name, e: u.email }) : null;
  return {
    users,
    nextCursor: backwards
      ? (cursorOf(users.at(-1)) ?? page.before ?? null)
      : more
        ? cursorOf(users.at(-1))
        : null,
    prevCursor: backwards ? (more ? cursorOf(users[0]) : null) : key ? cursorOf(users[0]) : null,
  };
}

function decodeUserCursor(cursor: string, field: string): { n: string; e: string } {
  return decodeCursor(cursor, field, ({ n, e }) =>
    typeof n === "string" && typeof e === "string" ? { n, e } : null,
  );
}
