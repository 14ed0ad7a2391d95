import { describe, expect, it } from "vitest";
import { channelsFrom, digestDue, DIGEST_GRACE_MS } from "./preferences";

const now = new Date("2026-12-03T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const HOUR = 3_600_000;

describe("channelsFrom", () => {
  it("gives every kind the email channel unless the person chose otherwise", () => {
    const channels = channelsFrom([
      { kind: "mentioned", channel: "off" },
      { kind: "approved", channel: "app" },
      { kind: "unknown", channel: "off" },
      { kind: "assigned", channel: "loud" },
    ]);
    expect(channels).toEqual({
      assigned: "email",
      mentioned: "off",
      sent_back: "email",
      approved: "app",
      reopened: "email",
    });
  });
});

describe("digestDue", () => {
  it("waits out the grace time so a notification read in the app is not emailed", () => {
    expect(digestDue("daily", null, ago(DIGEST_GRACE_MS - 1), now)).toBe(false);
    expect(digestDue("daily", null, ago(DIGEST_GRACE_MS), now)).toBe(true);
  });

  it("sends at most once per period", () => {
    expect(digestDue("hourly", ago(HOUR - 1), ago(HOUR), now)).toBe(false);
    expect(digestDue("hourly", ago(HOUR), ago(HOUR), now)).toBe(true);
    expect(digestDue("daily", ago(23 * HOUR), ago(HOUR), now)).toBe(false);
    expect(digestDue("daily", ago(24 * HOUR), ago(HOUR), now)).toBe(true);
  });

  it("sends nothing when digests are off or nothing waits", () => {
    expect(digestDue("off", null, ago(HOUR), now)).toBe(false);
    expect(digestDue("daily", null, null, now)).toBe(false);
    expect(digestDue("weekly", null, ago(HOUR), now)).toBe(false);
  });
});
