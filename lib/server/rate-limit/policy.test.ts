import { describe, expect, it } from "vitest";
import { applyHit, type RateLimitPolicy, type RateLimitState } from "@/lib/server/rate-limit/policy";
import { clientAddress } from "@/lib/server/rate-limit/client-address";

const MIN = 60_000;
const policy: RateLimitPolicy = {
  limit: 3,
  windowMs: 10 * MIN,
  blockMs: MIN,
  maxBlockMs: 4 * MIN,
  forgetAfterMs: 60 * MIN,
};
const fresh: RateLimitState = { count: 0, windowStart: null, strikes: 0, blockedUntil: null };

function run(times: number[]) {
  let state = fresh;
  return times.map((t) => {
    const { decision, next } = applyHit(policy, state, new Date(t));
    state = next;
    return decision.allowed ? "ok" : Math.round(decision.retryAfterMs / 1000);
  });
}

describe("applyHit", () => {
  it("allows the limit per window, then blocks; a hit while blocked neither counts nor extends", () => {
    expect(run([0, 1, 2, 3, 4, 30_000, 60_003, 60_004])).toEqual(["ok", "ok", "ok", 60, 60, 30, "ok", "ok"]);
  });

  it("doubles the block each time the limit is used up again, up to the cap", () => {
    const t: number[] = [];
    let now = 0;
    for (const block of [1, 2, 4, 4]) {
      t.push(now, now + 1, now + 2, now + 3);
      now += block * MIN + 3;
    }
    expect(run(t).filter((d) => d !== "ok")).toEqual([60, 120, 240, 240]);
  });

  it("opens a new window after windowMs, and forgets strikes after a quiet forgetAfterMs", () => {
    expect(run([0, 1, 2, 10 * MIN, 10 * MIN + 1, 10 * MIN + 2])).toEqual([
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
      "ok",
    ]);
    expect(run([0, 1, 2, 3, 3 + MIN + 61 * MIN, 1, 2, 3].map((x, i) => (i > 4 ? 65 * MIN + x : x)))).toEqual([
      "ok",
      "ok",
      "ok",
      60,
      "ok",
      "ok",
      "ok",
      60,
    ]);
  });
});

describe("clientAddress", () => {
  it("takes the entry the configured proxies vouch for", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" };
    expect(clientAddress(headers, 0)).toBe("10.0.0.2");
    expect(clientAddress(headers, 1)).toBe("10.0.0.2");
    expect(clientAddress(headers, 2)).toBe("203.0.113.9");
    expect(clientAddress(new Headers(headers), 2)).toBe("203.0.113.9");
    expect(clientAddress(headers, 9)).toBe("6.6.6.6");
  });

  it("normalises IPv6 and refuses what is not an address", () => {
    expect(clientAddress({ "x-forwarded-for": "[2001:DB8::1]:443" }, 0)).toBe("2001:db8::1");
    // An IPv4 client on a dual-stack socket is the same client as over IPv4.
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" }, 0)).toBe("127.0.0.1");
    expect(clientAddress({ "x-forwarded-for": "<script>" }, 0)).toBeNull();
    expect(clientAddress({}, 0)).toBeNull();
    expect(clientAddress(undefined, 0)).toBeNull();
  });
});
