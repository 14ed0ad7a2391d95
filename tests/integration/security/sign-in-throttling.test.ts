// §3 of the hardening issue: sign-in resists guessing. Limits per email and per address
// with a back-off that doubles, kept in the database (so every app process shares them),
// and failed attempts audited in aggregate rather than one undeletable row each.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users/create-user";
import { flushSignInFailures } from "@/lib/server/auth/record-sign-in-failure";
import { SignInThrottledError, verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { Actor } from "@/lib/server/auth/actor";

const PASSWORD = "correct horse battery staple";
const MINUTE = 60_000;

let victim: Actor;
let bystander: Actor;

beforeAll(async () => {
  victim = await createUser(
    { email: "victim@newsroom.org", name: "Vic", role: "EDITOR", password: PASSWORD },
    null,
  );
  bystander = await createUser(
    { email: "by@newsroom.org", name: "By", role: "EDITOR", password: PASSWORD },
    null,
  );
});

afterEach(() => {
  vi.useRealTimers();
});

/** The attempt's outcome: the actor, null (refused), or "throttled" with the minutes to wait. */
async function attempt(email: string, password: string, address: string | null = "198.51.100.7") {
  try {
    return await verifyCredentials({ email, password }, { address });
  } catch (error) {
    if (error instanceof SignInThrottledError) return { throttled: Math.ceil(error.retryAfterMs / MINUTE) };
    throw error;
  }
}

describe("50 wrong passwords", () => {
  it("lock the account until the back-off passes, even for the right password, and add O(1) audit rows", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-12-03T10:00:00Z");
    vi.setSystemTime(start);
    const eventsBefore = await db.auditEvent.count();

    const outcomes = [];
    for (let i = 0; i < 50; i++) outcomes.push(await attempt(victim.email, `guess-${i}`));
    // Five guesses are weighed; every later one is refused before the password is looked at.
    expect(outcomes.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(outcomes.slice(5).every((o) => o !== null && "throttled" in o)).toBe(true);

    // The address sent 50 attempts: it is paused for 5 minutes, the account for 1.
    expect(await attempt(victim.email, PASSWORD)).toEqual({ throttled: 5 });
    // From another address too: the account's limit does not depend on where guesses come from.
    expect(await attempt(victim.email, PASSWORD, "203.0.113.50")).toEqual({ throttled: 1 });
    // Other people are not locked out by it.
    expect(await attempt(bystander.email, PASSWORD, "203.0.113.50")).toEqual(bystander);

    expect((await db.auditEvent.count()) - eventsBefore).toBeLessThanOrEqual(2);

    // After the back-off (and the address's own), the right password works again.
    vi.setSystemTime(new Date(start.getTime() + 61 * MINUTE));
    expect(await attempt(victim.email, PASSWORD)).toEqual(victim);

    const failed = await db.auditEvent.findMany({
      where: { action: "auth.sign_in_failed", actorId: victim.id, seq: { gt: eventsBefore } },
    });
    expect(failed).toHaveLength(1);
    expect(failed[0]?.after).toMatchObject({
      count: 52,
      emails: [victim.email],
      reasons: { "wrong password": 5, "rate limited": 47 },
    });
    expect(JSON.stringify(failed)).not.toMatch(/guess-|correct horse/);
    // 50 guesses, 2 refused right passwords, 1 bystander and 1 victim sign-in, 1 aggregate.
    expect((await db.auditEvent.count()) - eventsBefore).toBe(3);
  });

  it("double the pause each time the limit is used up again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await createUser(
      { email: "twice@newsroom.org", name: "T", role: "EDITOR", password: PASSWORD },
      null,
    );
    let now = new Date("2026-12-04T10:00:00Z").getTime();
    const pauses: number[] = [];
    for (let round = 0; round < 3; round++) {
      vi.setSystemTime(now);
      for (let i = 0; i < 5; i++) expect(await attempt(user.email, "wrong", null)).toBeNull();
      const refused = await attempt(user.email, "wrong", null);
      expect(refused).toHaveProperty("throttled");
      pauses.push((refused as { throttled: number }).throttled);
      now += pauses.at(-1)! * MINUTE + 1000;
    }
    expect(pauses).toEqual([1, 2, 4]);
  });

  it("from one address against many emails stop at the address's limit", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-05T10:00:00Z"));
    const outcomes = [];
    for (let i = 0; i < 25; i++)
      outcomes.push(await attempt(`spray-${i}@newsroom.org`, "Winter2026!", "192.0.2.66"));
    expect(outcomes.slice(0, 20).every((o) => o === null)).toBe(true);
    expect(outcomes.slice(20)).toEqual(Array(5).fill({ throttled: 5 }));
    // Emails with no account are tallied per address: one row for the whole spray.
    expect(await db.signInFailureTally.count({ where: { address: "192.0.2.66" } })).toBe(1);
    vi.setSystemTime(new Date("2026-12-05T10:20:00Z"));
    await flushSignInFailures();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "auth.sign_in_failed", actorId: null },
      orderBy: { seq: "desc" },
    });
    expect(event.after).toMatchObject({ count: 25, address: "192.0.2.66" });
    expect((event.after as { emails: string[] }).emails).toHaveLength(10);
  });
});

describe("consumeRateLimit", () => {
  it("is atomic under concurrency: 40 parallel hits on a limit of 10 allow exactly 10", async () => {
    const policy = {
      limit: 10,
      windowMs: MINUTE,
      blockMs: MINUTE,
      maxBlockMs: MINUTE,
      forgetAfterMs: MINUTE,
    };
    const decisions = await Promise.all(
      Array.from({ length: 40 }, () => consumeRateLimit("test:parallel", policy)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  it("makes parallel sign-in guesses no better than sequential ones", async () => {
    const user = await createUser(
      { email: "burst@newsroom.org", name: "B", role: "EDITOR", password: PASSWORD },
      null,
    );
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(user.email, `burst-${i}`, null)),
    );
    expect(outcomes.filter((o) => o === null)).toHaveLength(5);
  });
});
