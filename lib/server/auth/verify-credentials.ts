import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/server/auth/actor";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1024),
});

// Verifying against the hash of a random password when the email is unknown keeps the
// response time of "no such user" close to that of "wrong password".
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

/** Returns the actor for valid credentials of an enabled user, otherwise null. */
export async function verifyCredentials(input: unknown): Promise<Actor | null> {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
  if (!user || !ok || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
