// The dashboard's per-day rollup gives exactly the figures summed from the source tables: a
// newsroom whose history lies on known past days (two approvals either side of a midnight)
// is read with and without the rollup, rolled up in pieces, by several first reads at once,
// and across the moment a day closes. The history is written straight into the tables, as
// an import would: the app itself stamps every row "now", and audit events can only be
// appended. Runs on SQLite and, with DATABASE_URL=postgres…, on PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import {
  forgetDashboardRollup,
  loadRolledVerified,
  rollUpDays,
} from "@/lib/server/dashboard/dashboard-rollup";
import { loadDurationStats } from "@/lib/server/dashboard/duration-stats";
import { addDays, dayOf, startOfDay } from "@/lib/domain/dashboard/date-range";
import type { ClaimStatusName } from "@/lib/domain/dashboard/status-series";
import type { DashboardRangeInput } from "@/lib/validation/dashboard";
import type { Actor } from "@/lib/server/auth/actor";
import { makeArticleWithClaim, makeNewsroom } from "@/tests/support/factories";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const PLACEHOLDER_HASH = "0".repeat(64);
const today = dayOf(new Date());
/** The day whose end the boundary tests straddle: two days ago, so every instant used is past. */
const D = addDays(today, -2);
const midnightAfterD = startOfDay(addDays(D, 1)).getTime();

let editor: Actor;
let chris: Actor;
let kim: Actor;
let manager: Actor;

/**
 * A claim marked at `markedAt` that then moved through `moves` (status, hours after the
 * marking), assigned to `checker`; a move to VERIFIED comes with the checker's verdict,
 * approved at that moment.
 */
async function claimWithHistory(
  checker: Actor,
  markedAt: number,
  moves: [ClaimStatusName, number][],
): Promise<string> {
  const { articleId, claimId } = await makeArticleWithClaim(editor, {
    text: "The state fell in just 11 days.",
    quote: "11 days",
  });
  let status: ClaimStatusName = "OPEN";
  for (const [next, hours] of moves) {
    const at = new Date(markedAt + hours * HOUR);
    const last = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
    await db.auditEvent.create({
      data: {
        seq: (last?.seq ?? 0) + 1,
        at,
        actorId: manager.id,
        action: "claim.status_changed",
        articleId,
        claimId,
        before: { status },
        after: { status: next },
        prevHash: PLACEHOLDER_HASH,
        hash: PLACEHOLDER_HASH,
      },
    });
    if (next === "VERIFIED") {
      const rating = await db.rating.findFirstOrThrow({ where: { label: "True" } });
      await db.verdict.create({
        data: {
          claimId,
          ratingId: rating.id,
          rationale: "As reported.",
          state: "APPROVED",
          proposedById: checker.id,
          createdAt: at,
          decidedAt: at,
        },
      });
    }
    status = next;
  }
  await db.claim.update({
    where: { id: claimId },
    data: { createdAt: new Date(markedAt), status, assigneeId: checker.id },
  });
  return claimId;
}

/** Verified `hours` after marking, by way of research and review. */
function verify(checker: Actor, markedAt: number, hours: number): Promise<string> {
  return claimWithHistory(checker, markedAt, [
    ["RESEARCHING", 1 / 6],
    ["IN_REVIEW", 1 / 3],
    ["VERIFIED", hours],
  ]);
}

/** The figures with the rollup and without it, as of the same instant. */
async function both(range: DashboardRangeInput, now = new Date()) {
  const rolled = await getDashboard(range, manager, now);
  const summed = await getDashboard(range, manager, now, { rollup: false });
  return { rolled, summed };
}

async function rollupRows() {
  const [days, durations, verified] = await Promise.all([
    db.dashboardDay.findMany({ select: { day: true }, orderBy: { day: "asc" } }),
    db.dashboardDuration.count(),
    db.dashboardVerified.aggregate({ _sum: { count: true } }),
  ]);
  return { days: days.map((d) => d.day), durations, verified: verified._sum.count ?? 0 };
}

beforeAll(async () => {
  const newsroom = await makeNewsroom();
  ({ editor, manager } = newsroom);
  chris = newsroom.checker;
  kim = newsroom.checker2;

  const day = (offset: number, hour: number) => startOfDay(addDays(D, offset)).getTime() + hour * HOUR;
  // Verified: 2 h and 5 h (Chris) and 3 h (Kim) on D − 20 and D − 19; one approved at
  // 23:59:59.999 on D, one at midnight after it.
  await verify(chris, day(-20, 9), 2);
  await verify(kim, day(-20, 10), 3);
  await verify(chris, day(-19, 1), 5);
  await verify(kim, midnightAfterD - 1 - 4 * HOUR, 4);
  await verify(chris, midnightAfterD - 6 * HOUR, 6);
  // Dismissed on D − 10, and one claim still in research since D − 5.
  await claimWithHistory(chris, day(-10, 8), [["DISMISSED", 1]]);
  await claimWithHistory(kim, day(-5, 8), [["RESEARCHING", 1]]);
  // And today's work, which is never rolled up: one claim marked and still open.
  await makeArticleWithClaim(editor, { text: "Bagram was vacated overnight.", quote: "Bagram" });
  await forgetDashboardRollup();
});

describe("the dashboard's per-day rollup", () => {
  it("gives the same figures as summing the source tables, whatever the range", async () => {
    const ranges: DashboardRangeInput[] = [
      {},
      { from: addDays(D, -20), to: addDays(D, -19) },
      { from: D, to: addDays(D, 1) },
      { from: addDays(D, 1), to: today },
      { from: addDays(today, -365), to: today },
      { from: addDays(D, -30), to: addDays(D, -15) },
    ];
    for (const range of ranges) {
      const { rolled, summed } = await both(range);
      expect(rolled, JSON.stringify(range)).toEqual(summed);
    }
    // Known answers for the days either side of D's midnight: Kim's 4 h on D, Chris's 6 h after.
    const { rolled } = await both({ from: D, to: addDays(D, 1) });
    expect(rolled.throughput.perDay).toEqual([
      { day: D, verified: 1 },
      { day: addDays(D, 1), verified: 1 },
    ]);
    expect(rolled.timeToVerdict.overall).toEqual({ count: 2, medianMs: 5 * HOUR, p90Ms: 5.8 * HOUR });
    const year = await getDashboard({ from: addDays(today, -365), to: today }, manager);
    // 2, 3, 4, 5, 6 h: median 4 h, p90 at rank 4.6 → 5 + 0.6 × 1 = 5.6 h.
    expect(year.timeToVerdict.overall).toEqual({ count: 5, medianMs: 4 * HOUR, p90Ms: 5.6 * HOUR });
    expect(year.timeToVerdict.perChecker).toEqual([
      { id: chris.id, name: "Chris Checker", count: 3, medianMs: 5 * HOUR, p90Ms: 5.8 * HOUR },
      { id: kim.id, name: "Kim Checker", count: 2, medianMs: 3.5 * HOUR, p90Ms: 3.9 * HOUR },
    ]);
    const row = (offset: number) => year.statusSeries.find((p) => p.day === addDays(D, offset));
    expect(row(-20)).toMatchObject({ OPEN: 0, RESEARCHING: 0, IN_REVIEW: 0, VERIFIED: 2 });
    expect(row(-5)).toMatchObject({ VERIFIED: 3, DISMISSED: 1, RESEARCHING: 1 });
    expect(row(0)).toMatchObject({ VERIFIED: 4, IN_REVIEW: 1 });
  });

  it("reads percentiles by rank from the indexes exactly as from every duration", async () => {
    await rollUpDays(addDays(D, -30), today);
    const live = [
      { checkerId: kim.id, ms: 3.5 * HOUR },
      { checkerId: chris.id, ms: 10 * HOUR },
    ];
    for (const [fromDay, toDay] of [
      [addDays(D, -30), today],
      [addDays(D, -20), addDays(D, -19)],
      [addDays(D, -19), addDays(D, 2)],
      [D, addDays(D, 1)],
    ] as const) {
      const verified = await loadRolledVerified(fromDay, toDay);
      const counts = new Map(verified.byChecker.map((c) => [c.checkerId, c.count]));
      for (const extra of [[], live]) {
        const byRank = await loadDurationStats({ fromDay, toDay }, counts, extra, 0);
        const whole = await loadDurationStats({ fromDay, toDay }, counts, extra, Infinity);
        const order = (a: { checkerId: string | null }, b: { checkerId: string | null }) =>
          (a.checkerId ?? "").localeCompare(b.checkerId ?? "");
        expect(byRank.sort(order), `${fromDay}…${toDay}`).toEqual(whole.sort(order));
      }
    }
  });

  it("rolls a day up once: read in pieces, then again, nothing is counted twice", async () => {
    await forgetDashboardRollup();
    const narrow = await both({ from: addDays(D, -19), to: D });
    expect(narrow.rolled).toEqual(narrow.summed);
    const afterNarrow = await rollupRows();
    // From D − 19 to yesterday, each day once; D − 20 not yet.
    expect(afterNarrow.days[0]).toBe(addDays(D, -19));
    expect(afterNarrow.days.at(-1)).toBe(addDays(today, -1));
    expect(afterNarrow.days).toHaveLength(new Set(afterNarrow.days).size);
    expect(afterNarrow).toMatchObject({ durations: 3, verified: 3 });

    for (let i = 0; i < 2; i++) {
      const wide = await both({ from: addDays(D, -25), to: today });
      expect(wide.rolled).toEqual(wide.summed);
      expect(wide.rolled.throughput.total).toBe(5);
    }
    const afterWide = await rollupRows();
    // Days before the first claim was marked (D − 20) need no rows.
    expect(afterWide.days[0]).toBe(addDays(D, -20));
    expect(afterWide.days.at(-1)).toBe(addDays(today, -1));
    expect(afterWide).toMatchObject({ durations: 5, verified: 5 });
  });

  it("two managers' first reads at once sum each day exactly once", async () => {
    await forgetDashboardRollup();
    const year: DashboardRangeInput = { from: addDays(today, -365), to: today };
    const now = new Date();
    const expected = await getDashboard(year, manager, now, { rollup: false });
    const [a, b, c] = await Promise.all([
      getDashboard(year, manager, now),
      getDashboard(year, manager, now),
      getDashboard({}, manager, now),
    ]);
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
    expect(c).toEqual(await getDashboard({}, manager, now, { rollup: false }));
    expect(await rollupRows()).toMatchObject({ durations: 5, verified: 5 });

    // Both callers find the same days missing; whoever commits second claims none of them.
    await forgetDashboardRollup();
    const claimed = await Promise.all([
      rollUpDays(addDays(D, -30), today),
      rollUpDays(addDays(D, -30), today),
    ]);
    const rows = await rollupRows();
    expect(claimed[0] + claimed[1]).toBe(rows.days.length);
    expect(rows).toMatchObject({ durations: 5, verified: 5 });
    expect(await getDashboard(year, manager, now)).toEqual(expected);
  });

  it("closes a day ten minutes after its midnight, and its figures do not change", async () => {
    await forgetDashboardRollup();
    const range = { from: D, to: D };
    const before = await both(range, new Date(midnightAfterD + 9 * MINUTE));
    expect(before.rolled).toEqual(before.summed);
    expect((await rollupRows()).days).not.toContain(D);
    expect(before.rolled.throughput.perDay).toEqual([{ day: D, verified: 1 }]);

    const after = await both(range, new Date(midnightAfterD + 10 * MINUTE));
    expect((await rollupRows()).days).toContain(D);
    expect(after.rolled).toEqual(after.summed);
    expect(after.rolled.throughput).toEqual(before.rolled.throughput);
    expect(after.rolled.timeToVerdict).toEqual(before.rolled.timeToVerdict);
  });

  it("a row written later with an older timestamp counts once the rollup is forgotten from its day", async () => {
    await forgetDashboardRollup();
    const range = { from: addDays(D, -20), to: addDays(D, -20) };
    expect((await getDashboard(range, manager)).throughput.total).toBe(2);
    // Straight into the table, on a day already rolled up (as an import or a script would).
    await verify(kim, startOfDay(addDays(D, -20)).getTime() + 12 * HOUR, 1);
    expect((await getDashboard(range, manager)).throughput.total).toBe(2);
    await forgetDashboardRollup(addDays(D, -20));
    const { rolled, summed } = await both(range);
    expect(rolled).toEqual(summed);
    expect(rolled.throughput.total).toBe(3);
  });
});
