// A session is valid while the token's session version equals the user's. Bumping the
// version ends every session issued before: sign-out, disabling or enabling the account,
// a role change, a password change or reset.
import "server-only";
import { db, type Tx } from "@/lib/db";

export async function currentSessionVersion(userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/** Ends every session of the user, inside the caller's transaction. */
export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Sign-out: ends the sessions of this version (a token already revoked signs nobody
 * else out). With JWT sessions, this is what makes sign-out more than a cleared cookie.
 */
export async function endSession(userId: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, sessionVersion },
    data: { sessionVersion: { increment: 1 } },
  });
}
