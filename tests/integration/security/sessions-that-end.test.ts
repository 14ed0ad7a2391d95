// §4 of the hardening issue: a session ends on the server. Every session token carries
// the user's session version; requireUser (findSessionUser) accepts it only while it is
// the user's current one. Sign-out, disabling, enabling, a role change and a password
// change or reset each end every earlier session.
import { beforeEach, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth";
import { findSessionUser } from "@/lib/server/auth/require-user";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createUser } from "@/lib/server/users/create-user";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";

const PASSWORD = "correct horse battery staple";
let manager: Actor;
let user: Actor;

/** What next-auth puts in the session cookie when `user` signs in (lib/auth.ts callbacks). */
async function signIn(email: string, password: string): Promise<JWT> {
  const provider = authOptions.providers[0] as unknown as {
    options: {
      authorize: (
        c: unknown,
        req: unknown,
      ) => Promise<{ id: string; role: Actor["role"]; sessionVersion: number } | null>;
    };
  };
  const signedIn = await provider.options.authorize({ email, password }, { headers: {} });
  if (!signedIn) throw new Error("sign-in refused");
  const jwt = authOptions.callbacks!.jwt! as unknown as (p: {
    token: JWT;
    user: unknown;
  }) => Promise<JWT> | JWT;
  return jwt({ token: { role: signedIn.role }, user: signedIn });
}

const stillValid = (token: JWT) => findSessionUser(token.sub, token.sessionVersion);

beforeEach(async () => {
  manager ??= await makeUser("MANAGER");
  user = await createUser(
    { email: `${crypto.randomUUID()}@newsroom.org`, name: "Sam", role: "EDITOR", password: PASSWORD },
    null,
  );
});

describe("a session", () => {
  it("is valid after sign-in, and sign-out through next-auth ends it on the server", async () => {
    const token = await signIn(user.email, PASSWORD);
    expect(await stillValid(token)).toEqual(user);
    const other = await signIn(user.email, PASSWORD);

    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await stillValid(token)).toBeNull();
    // Sign-out ends the person's sessions; signing in again gives a new, valid one.
    expect(await stillValid(other)).toBeNull();
    const again = await signIn(user.email, PASSWORD);
    expect(await stillValid(again)).toEqual(user);
    // Signing out with an already-ended token does not end the new session.
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect(await stillValid(again)).toEqual(user);
  });

  it("issued before the account was disabled stays ended after it is enabled again", async () => {
    const token = await signIn(user.email, PASSWORD);
    await setUserDisabled(user.id, { disabled: true }, manager);
    expect(await stillValid(token)).toBeNull();
    await setUserDisabled(user.id, { disabled: false }, manager);
    expect(await stillValid(token)).toBeNull();
  });

  it("ends when the role changes", async () => {
    const token = await signIn(user.email, PASSWORD);
    await changeUserRole(user.id, { role: "CHECKER" }, manager);
    expect(await stillValid(token)).toBeNull();
    expect(await stillValid(await signIn(user.email, PASSWORD))).toMatchObject({ role: "CHECKER" });
  });

  it("ends when the person changes their password, and the new password is the one that works", async () => {
    const token = await signIn(user.email, PASSWORD);
    const error = await caught(
      changeOwnPassword({ currentPassword: "not my password", newPassword: "a brand new passphrase" }, user),
    );
    expect(error.issues).toEqual([
      { path: "currentPassword", message: "That is not your current password." },
    ]);
    expect(await stillValid(token)).toEqual(user);
    const short = await caught(changeOwnPassword({ currentPassword: PASSWORD, newPassword: "short" }, user));
    expect(short.issues?.[0]?.path).toBe("newPassword");

    await changeOwnPassword({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" }, user);
    expect(await stillValid(token)).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: "a brand new passphrase" })).toEqual(user);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.password_changed" },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({ actorId: user.id, after: { userId: user.id } });
    expect(JSON.stringify(event)).not.toMatch(/passphrase|correct horse|argon/);
  });

  it("ends when a manager resets the password; the generated one is returned once and audited without it", async () => {
    const token = await signIn(user.email, PASSWORD);
    const { password, user: row } = await resetUserPassword(user.id, manager);
    expect(row.id).toBe(user.id);
    expect(password).toMatch(/^[a-zA-Z2-9]{18}$/);
    expect(await stillValid(token)).toBeNull();
    expect(await verifyCredentials({ email: user.email, password })).toEqual(user);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.password_reset" },
      orderBy: { seq: "desc" },
    });
    expect(event).toMatchObject({ actorId: manager.id, after: { userId: user.id } });
    expect(JSON.stringify(event)).not.toContain(password);
    // Only managers reset passwords, and not their own (Settings asks for the current one).
    expect((await caught(resetUserPassword(manager.id, user))).code).toBe("forbidden");
    expect((await caught(resetUserPassword(manager.id, manager))).code).toBe("validation");
  });

  it("without a session version (issued before this change) is not accepted", async () => {
    expect(await findSessionUser(user.id, undefined)).toBeNull();
  });
});
