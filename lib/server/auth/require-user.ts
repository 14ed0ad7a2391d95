import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import type { Role } from "@/lib/domain/permissions";

/**
 * The signed-in, enabled user, re-read from the database on every request so that a
 * role change or a disabled account takes effect at once, whatever the JWT says.
 */
export async function requireUser(): Promise<Actor> {
  const session = await getServerSession(authOptions);
  const id = session?.user.id;
  if (!id) throw new AppError("unauthenticated", "Sign in to continue.");
  const user = await db.user.findUnique({ where: { id } });
  if (!user || user.disabled) throw new AppError("unauthenticated", "Sign in to continue.");
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireUser();
  if (!roles.includes(actor.role)) {
    throw new AppError("forbidden", "Your role does not allow this.");
  }
  return actor;
}
