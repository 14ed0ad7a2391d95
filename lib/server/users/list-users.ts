import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";

/** What the user administration shows of an account (never the password hash). */
export const ADMIN_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabled: true,
  createdAt: true,
} as const;

/** Every account, disabled ones included, for managers. */
export async function listUsers(actor: Actor) {
  assertAllowed(actor, "user.manage");
  return db.user.findMany({ orderBy: [{ name: "asc" }, { email: "asc" }], select: ADMIN_USER_SELECT });
}
