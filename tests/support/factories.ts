// Test data made through the real database (never mocks).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import type { Role } from "@/lib/domain/permissions";

/** A user row with an unusable password hash: sign-in is not what these tests exercise. */
export async function makeUser(
  role: Role,
  name = `${role.toLowerCase()} ${randomUUID().slice(0, 6)}`,
): Promise<Actor> {
  return db.user.create({
    data: { email: `${randomUUID()}@test.claimdesk`, name, role, passwordHash: "not-a-hash" },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** The four people of most workflow tests: an editor, two fact-checkers and a manager. */
export async function makeNewsroom(): Promise<Record<"editor" | "checker" | "checker2" | "manager", Actor>> {
  return {
    editor: await makeUser("EDITOR"),
    checker: await makeUser("CHECKER", "Chris Checker"),
    checker2: await makeUser("CHECKER", "Kim Checker"),
    manager: await makeUser("MANAGER", "Morgan Manager"),
  };
}
