// Admin users page by keyset on (name, email): people who share a name are neither
// skipped nor repeated, forwards or back.
import { beforeAll, describe, expect, it } from "vitest";
import { listUsersPage } from "@/lib/server/users/list-users";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeUser } from "@/tests/support/factories";

let manager: Actor;

beforeAll(async () => {
  manager = await makeUser("MANAGER", "Morgan Manager");
  for (const name of ["Sam Same", "Sam Same", "Sam Same", "Alex A", "Zoe Z", "Sam Same", "Bea B"])
    await makeUser("CHECKER", name);
});

describe("admin users paging", () => {
  it.each([1, 2, 3])("pages %i at a time, forwards then back, through every account once", async (limit) => {
    const all = (await listUsersPage({ limit: 100 }, manager)).users;
    expect(all).toHaveLength(8);
    expect(all.map((u) => u.name)).toEqual(
      [...all.map((u) => u.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const forwards: string[][] = [];
    let page = await listUsersPage({ limit }, manager);
    expect(page.prevCursor).toBeNull();
    forwards.push(page.users.map((u) => u.id));
    while (page.nextCursor) {
      page = await listUsersPage({ limit, cursor: page.nextCursor }, manager);
      forwards.push(page.users.map((u) => u.id));
      expect(forwards.length).toBeLessThan(20);
    }
    expect(forwards.flat()).toEqual(all.map((u) => u.id));
    const backwards: string[][] = [page.users.map((u) => u.id)];
    while (page.prevCursor) {
      page = await listUsersPage({ limit, before: page.prevCursor }, manager);
      backwards.unshift(page.users.map((u) => u.id));
      expect(backwards.length).toBeLessThan(20);
    }
    expect(backwards).toEqual(forwards);
  });

  it("refuses a malformed cursor with the field named", async () => {
    expect((await caught(listUsersPage({ before: "e30" }, manager))).issues?.[0]?.path).toBe("before");
  });
});
