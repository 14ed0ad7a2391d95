// The queues page by keyset on (due date, none last; created; id): with ties on the due
// date and on the creation time, and claims without a due date, paging forwards and back
// gives every claim exactly once, in the queue's order.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listQueuePage } from "@/lib/server/queue/list-queue";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeArticleWithClaim, makeNewsroom } from "@/tests/support/factories";

let editor: Actor;
let checker: Actor;
let manager: Actor;
const DAY = new Date("2030-01-10T09:00:00.000Z");
const CREATED = new Date("2026-01-01T00:00:00.000Z");

beforeAll(async () => {
  ({ editor, checker, manager } = await makeNewsroom());
  // Eleven claims: due dates with ties (three on DAY), four without one; all created at once.
  const dues = [
    DAY,
    DAY,
    DAY,
    null,
    new Date("2030-01-09T00:00:00Z"),
    null,
    new Date("2030-02-01T00:00:00Z"),
    null,
    DAY,
    null,
    new Date("2030-01-11T00:00:00Z"),
  ];
  for (const [n, due] of dues.entries()) {
    const { claimId } = await makeArticleWithClaim(editor, {
      text: `Claim number ${n} is here.`,
      quote: `number ${n}`,
    });
    await transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
    await db.claim.update({ where: { id: claimId }, data: { dueAt: due, createdAt: CREATED } });
  }
});

async function everything() {
  return (await listQueuePage("mine", { limit: 100 }, checker)).claims;
}

describe("queue paging", () => {
  it("orders by due date with undated claims last", async () => {
    const all = await everything();
    expect(all).toHaveLength(11);
    const dues = all.map((c) => c.dueAt);
    expect(dues.slice(-4)).toEqual([null, null, null, null]);
    const dated = dues.slice(0, 7).map((d) => Date.parse(d ?? ""));
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
  });

  it.each([1, 2, 3, 4])(
    "pages forwards and back %i at a time without skipping or repeating",
    async (limit) => {
      const all = (await everything()).map((c) => c.id);
      const forwards: string[][] = [];
      let page = await listQueuePage("mine", { limit }, checker);
      expect(page.prevCursor).toBeNull();
      forwards.push(page.claims.map((c) => c.id));
      while (page.nextCursor) {
        page = await listQueuePage("mine", { limit, cursor: page.nextCursor }, checker);
        forwards.push(page.claims.map((c) => c.id));
        expect(forwards.length).toBeLessThan(20);
      }
      expect(forwards.flat()).toEqual(all);
      const backwards: string[][] = [page.claims.map((c) => c.id)];
      while (page.prevCursor) {
        page = await listQueuePage("mine", { limit, before: page.prevCursor }, checker);
        backwards.unshift(page.claims.map((c) => c.id));
        expect(backwards.length).toBeLessThan(20);
      }
      expect(backwards).toEqual(forwards);
    },
  );

  it("refuses a malformed cursor and a bad limit with the field named", async () => {
    expect((await caught(listQueuePage("mine", { cursor: "bm9wZQ" }, checker))).issues?.[0]?.path).toBe(
      "cursor",
    );
    expect((await caught(listQueuePage("mine", { limit: "0" }, checker))).issues?.[0]).toEqual({
      path: "limit",
      message: "The limit must be a whole number from 1 to 100.",
    });
  });
});
