import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import type { Role } from "@/lib/domain/permissions";

/**
 * The signed-in, enabled user, re-read from the database on every request so that a
 * role change or a disabled account takes effect at once, whatever the JWT says; and only
 * while the token's session version is the user's (sign-out, disabling, enabling, a role
 * or password change bump it: lib/server/auth/session-version.ts).
 */
export async function requireUser(): Promise<Actor> {
  const session = await getServerSession(authOptions);
  const version = session?.user.sessionVersion;
  const user = await findSessionUser(session?.user.id, version);
  if (!user || version === undefined) throw new AppError("unauthenticated", "Sign in to continue.");
  sessionVersions.set(user, version);
  return user;
}

// The session version each actor requireUser returned was signed in with, for what
// outlives the request that checked it (a Server-Sent Events stream).
const sessionVersions = new WeakMap<Actor, number>();

/** Whether the session `actor` came from (if it came from one) has been ended since. */
export async function hasSessionEnded(actor: Actor): Promise<boolean> {
  const version = sessionVersions.get(actor);
  return version !== undefined && (await findSessionUser(actor.id, version)) === null;
}

/** The enabled user a session names, if the session has not been ended since it was issued. */
export async function findSessionUser(
  id: string | undefined,
  sessionVersion: number | undefined,
): Promise<Actor | null> {
  if (!id || typeof sessionVersion !== "number") return null;
  const user = await db.user.findUnique({ where: { id } });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireUser();
  if (!roles.includes(actor.role)) {
    throw new AppError("forbidden", "Your role does not allow this.");
  }
  return actor;
}
