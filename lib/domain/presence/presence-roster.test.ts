import { describe, expect, it } from "vitest";
import { choosePresenceColor } from "./presence-color";
import {
  PRESENCE_TTL_MS,
  isPresenceExpired,
  mergePresence,
  nextPresenceExpiry,
  type HeardPresence,
  type PresenceEntry,
} from "./presence-roster";

const NOW = 1_700_000_000_000;

const own = (clientId: string, name: string, userId = `u-${name}`): PresenceEntry => ({
  clientId,
  userId,
  name,
  selection: null,
});
const heard = (clientId: string, name: string, heardAt: number, origin = "p2"): HeardPresence => ({
  ...own(clientId, name),
  origin,
  heardAt,
});

describe("presence expiry", () => {
  it("keeps an announced entry for 30 s after its last announcement, not a moment longer", () => {
    expect(isPresenceExpired(NOW, NOW)).toBe(false);
    expect(isPresenceExpired(NOW, NOW + PRESENCE_TTL_MS - 1)).toBe(false);
    expect(isPresenceExpired(NOW, NOW + PRESENCE_TTL_MS)).toBe(true);
  });

  it("names when the first entry lapses", () => {
    expect(nextPresenceExpiry([])).toBeNull();
    expect(nextPresenceExpiry([{ heardAt: NOW + 5 }, { heardAt: NOW }, { heardAt: NOW + 9 }])).toBe(
      NOW + PRESENCE_TTL_MS,
    );
  });
});

describe("mergePresence", () => {
  it("lists own and heard sessions, each with its user's colour, ordered by name", () => {
    const list = mergePresence([own("c1", "Zoe")], [heard("c2", "Ann", NOW - 1000)], NOW);
    expect(list.map((c) => c.name)).toEqual(["Ann", "Zoe"]);
    expect(list[0]).toEqual({
      clientId: "c2",
      userId: "u-Ann",
      name: "Ann",
      color: choosePresenceColor("u-Ann"),
      selection: null,
    });
  });

  it("leaves out entries heard 30 s ago or more", () => {
    const list = mergePresence(
      [],
      [heard("old", "Old", NOW - PRESENCE_TTL_MS), heard("fresh", "Fresh", NOW - PRESENCE_TTL_MS + 1)],
      NOW,
    );
    expect(list.map((c) => c.clientId)).toEqual(["fresh"]);
  });

  it("prefers this process's own connection over what was heard of the same session", () => {
    const mine = { ...own("c1", "Ann"), selection: { anchor: 3, head: 3, version: 7 } };
    const list = mergePresence([mine], [heard("c1", "Ann", NOW)], NOW);
    expect(list).toHaveLength(1);
    expect(list[0]?.selection).toEqual({ anchor: 3, head: 3, version: 7 });
  });

  it("takes the latest announcement when two processes claim one session", () => {
    const older = { ...heard("c1", "Ann", NOW - 5000, "p2"), selection: { anchor: 1, head: 1, version: 1 } };
    const newer = { ...heard("c1", "Ann", NOW - 10, "p3"), selection: { anchor: 2, head: 4, version: 2 } };
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const list = mergePresence([], order, NOW);
      expect(list).toHaveLength(1);
      expect(list[0]?.selection).toEqual({ anchor: 2, head: 4, version: 2 });
    }
  });
});
