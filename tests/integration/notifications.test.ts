import { beforeAll, describe, expect, it } from "vitest";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";
import type { Actor } from "@/lib/server/auth/actor";
import { makeAssignedClaim, makeNewsroom } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";

let editor: Actor;
let checker: Actor;
let checker2: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, checker2, manager } = await makeNewsroom());
});

const assignedClaim = (title: string, who: Actor) => makeAssignedClaim({ editor, manager }, title, who);

describe("notifications", () => {
  it("name the article of each claim, so five assignments in a row can be told apart", async () => {
    const first = await assignedClaim("Kabul fell in eleven days", checker);
    const second = await assignedClaim("Budget hearing, March", checker);
    const { items } = await listNotifications(checker);
    const titles = items.filter((n) => n.kind === "assigned").map((n) => n.article?.title);
    expect(titles.slice(0, 2)).toEqual(["Budget hearing, March", "Kabul fell in eleven days"]);
    expect(items[0]?.href).toBe(`/articles/${second.articleId}?claim=${second.claimId}`);
    expect(items[1]?.article?.id).toBe(first.articleId);
  });

  it("opened one by one are read one by one, and only the reader's own", async () => {
    await assignedClaim("Read one by one A", checker2);
    await assignedClaim("Read one by one B", checker2);
    const before = await listNotifications(checker2);
    const opened = before.items[0];
    if (!opened) throw new Error("no notification");
    // Someone else marking checker2's notification read changes nothing.
    await markNotificationsRead(checker, { ids: [opened.id] });
    expect((await listNotifications(checker2)).unread).toBe(before.unread);
    await markNotificationsRead(checker2, { ids: [opened.id] });
    const after = await listNotifications(checker2);
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.find((n) => n.id === opened.id)?.read).toBe(true);
    expect(after.items.find((n) => n.id !== opened.id)?.read).toBe(false);
  });

  it("are all read with {all: true}; an empty request is refused instead of guessed at", async () => {
    await assignedClaim("All read", checker);
    expect((await listNotifications(checker)).unread).toBeGreaterThan(0);
    expect((await caught(markNotificationsRead(checker, {} as never))).status).toBe(422);
    await markNotificationsRead(checker, { all: true });
    expect((await listNotifications(checker)).unread).toBe(0);
  });
});
