import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/server/users/create-user";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";

const PASSWORD = "correct horse battery staple";

let manager: Actor;

beforeAll(async () => {
  manager = await makeUser("MANAGER", "Morgan Manager");
});

describe("createUser", () => {
  it("stores an argon2id hash, never the password, and keeps the hash out of ordinary queries", async () => {
    const user = await createUser(
      { email: "  Ana.Ruiz@Newsroom.ORG ", name: " Ana Ruiz ", role: "CHECKER", password: PASSWORD },
      manager,
    );
    expect(user).toEqual({ id: user.id, email: "ana.ruiz@newsroom.org", name: "Ana Ruiz", role: "CHECKER" });

    const withHash = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      omit: { passwordHash: false },
    });
    expect(withHash.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(withHash.passwordHash).not.toContain(PASSWORD);

    const ordinary = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(Object.keys(ordinary)).not.toContain("passwordHash");
    const listed = await db.user.findMany();
    expect(listed.every((row) => !("passwordHash" in row))).toBe(true);
  });

  it("records user.created with the manager as actor and no password material", async () => {
    const user = await createUser(
      { email: "bo@newsroom.org", name: "Bo", role: "EDITOR", password: PASSWORD },
      manager,
    );
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.created", actorId: manager.id },
      orderBy: { seq: "desc" },
    });
    expect(event.reason).toBeNull();
    expect(event.after).toEqual({ email: user.email, name: "Bo", role: "EDITOR" });
    expect(JSON.stringify(event)).not.toMatch(/argon2|correct horse/);
  });

  it("records a command-line creation with no actor and the reason", async () => {
    const byDefault = await createUser(
      { email: "cli@newsroom.org", name: "Cli", role: "MANAGER", password: PASSWORD },
      null,
    );
    const seeded = await createUser(
      { email: "seeded@newsroom.org", name: "Seeded", role: "EDITOR", password: PASSWORD },
      null,
      "demo seed",
    );
    const events = await db.auditEvent.findMany({
      where: { action: "user.created", actorId: null },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.after, e.reason])).toEqual([
      [{ email: byDefault.email, name: "Cli", role: "MANAGER" }, "created from the command line"],
      [{ email: seeded.email, name: "Seeded", role: "EDITOR" }, "demo seed"],
    ]);
  });

  it("refuses an email that exists in another letter case, naming the email field", async () => {
    await createUser(
      { email: "dup@newsroom.org", name: "First", role: "EDITOR", password: PASSWORD },
      manager,
    );
    const error = await caught(
      createUser({ email: "DUP@Newsroom.org", name: "Second", role: "CHECKER", password: PASSWORD }, manager),
    );
    expect(error.code).toBe("validation");
    expect(error.issues?.map((i) => i.path)).toEqual(["email"]);
    const rows = await db.user.findMany({ where: { email: "dup@newsroom.org" } });
    expect(rows.map((r) => r.name)).toEqual(["First"]);
  });

  it("answers a validation error on email, not a database error, when the same email is created twice at once", async () => {
    const input = { email: "race@newsroom.org", name: "Race", role: "EDITOR", password: PASSWORD } as const;
    const results = await Promise.allSettled([createUser(input, manager), createUser(input, manager)]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    const reason: unknown = rejected?.reason;
    expect(reason).toBeInstanceOf(AppError);
    expect((reason as AppError).code).toBe("validation");
    expect((reason as AppError).issues?.map((i) => i.path)).toEqual(["email"]);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("refuses a password under 12 characters and creates nothing", async () => {
    const users = await db.user.count();
    const events = await db.auditEvent.count();
    const error = await caught(
      createUser(
        { email: "short@newsroom.org", name: "Short", role: "EDITOR", password: "elevenchars" },
        manager,
      ),
    );
    expect(error.code).toBe("validation");
    expect(error.issues?.map((i) => i.path)).toEqual(["password"]);
    expect(await db.user.count()).toBe(users);
    expect(await db.auditEvent.count()).toBe(events);
    // Twelve characters is enough.
    await createUser(
      { email: "short@newsroom.org", name: "Short", role: "EDITOR", password: "twelve-chars" },
      manager,
    );
  });

  it("lets only managers create users", async () => {
    const editor = await makeUser("EDITOR");
    const error = await caught(
      createUser({ email: "nope@newsroom.org", name: "Nope", role: "MANAGER", password: PASSWORD }, editor),
    );
    expect(error.code).toBe("forbidden");
    expect(await db.user.findUnique({ where: { email: "nope@newsroom.org" } })).toBeNull();
  });
});

describe("verifyCredentials", () => {
  let ana: Actor;

  beforeAll(async () => {
    ana = await createUser(
      { email: "signin@newsroom.org", name: "Sign In", role: "EDITOR", password: PASSWORD },
      manager,
    );
  });

  it("returns the actor for the right password", async () => {
    expect(await verifyCredentials({ email: "signin@newsroom.org", password: PASSWORD })).toEqual(ana);
  });

  it("matches the email whatever its letter case and surrounding spaces", async () => {
    expect(await verifyCredentials({ email: "  SignIn@NewsRoom.ORG ", password: PASSWORD })).toEqual(ana);
  });

  it("refuses a wrong password", async () => {
    expect(await verifyCredentials({ email: "signin@newsroom.org", password: `${PASSWORD}!` })).toBeNull();
    expect(
      await verifyCredentials({ email: "signin@newsroom.org", password: PASSWORD.toUpperCase() }),
    ).toBeNull();
  });

  it("refuses an unknown email", async () => {
    expect(await verifyCredentials({ email: "nobody@newsroom.org", password: PASSWORD })).toBeNull();
  });

  it("refuses malformed input", async () => {
    expect(await verifyCredentials({ email: "signin@newsroom.org", password: "" })).toBeNull();
    expect(await verifyCredentials({ email: "not-an-email", password: PASSWORD })).toBeNull();
    expect(await verifyCredentials(null)).toBeNull();
  });

  it("refuses a disabled user with the right password", async () => {
    const user = await createUser(
      { email: "gone@newsroom.org", name: "Gone", role: "CHECKER", password: PASSWORD },
      manager,
    );
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toEqual(user);
    await db.user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD })).toBeNull();
  });
});
