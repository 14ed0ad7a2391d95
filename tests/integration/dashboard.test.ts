// The managers' dashboard against a newsroom with known answers: claims moved through the
// real workflow today, with the marking and approval times of four verified claims set to
// known November days. Runs on SQLite and, with DATABASE_URL=postgres…, on PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { removeClaim } from "@/lib/server/claims/remove-claim";
import { addSource } from "@/lib/server/sources/add-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { addDays, dayOf } from "@/lib/domain/dashboard/date-range";
import type { Actor } from "@/lib/server/auth/actor";
import { makeArticleWithClaim, makeNewsroom } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";

const HOUR = 3_600_000;
let editor: Actor;
let chris: Actor;
let kim: Actor;
let manager: Actor;
const articleIds: string[] = [];

async function claim(): Promise<string> {
  const made = await makeArticleWithClaim(editor, {
    text: "The state fell in just 11 days.",
    quote: "11 days",
  });
  articleIds.push(made.articleId);
  return made.claimId;
}

async function verify(claimId: string, checker: Actor, markedAt: string, hours: number): Promise<void> {
  await transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  const source = await addSource(claimId, { url: "https://example.org/report", title: "Report" }, checker);
  await proposeVerdict(
    claimId,
    { rating: "True", rationale: "As reported.", sourceIds: [source.id] },
    checker,
  );
  await transitionClaim(claimId, { to: "IN_REVIEW" }, checker);
  await transitionClaim(claimId, { to: "VERIFIED" }, manager);
  const marked = new Date(markedAt);
  await db.claim.update({ where: { id: claimId }, data: { createdAt: marked } });
  await db.verdict.updateMany({
    where: { claimId, state: "APPROVED" },
    data: { decidedAt: new Date(marked.getTime() + hours * HOUR) },
  });
}

beforeAll(async () => {
  const newsroom = await makeNewsroom();
  ({ editor, manager } = newsroom);
  chris = newsroom.checker; // "Chris Checker"
  kim = newsroom.checker2; // "Kim Checker"

  // Verified: marking to verdict 1 h, 2 h, 6 h and 3 h, approved on 11-10, 11-11, 11-11, 11-12.
  await verify(await claim(), chris, "2026-11-10T09:00:00Z", 1);
  await verify(await claim(), kim, "2026-11-11T08:00:00Z", 2);
  await verify(await claim(), chris, "2026-11-11T04:00:00Z", 6);
  await verify(await claim(), chris, "2026-11-12T07:00:00Z", 3);

  const past = new Date(Date.now() - 2 * 86_400_000);
  // Overdue: one each for Chris and Kim, one nobody is assigned to.
  const chrisLate = await claim();
  await transitionClaim(chrisLate, { to: "RESEARCHING", assigneeId: chris.id }, manager);
  const kimLate = await claim();
  await transitionClaim(kimLate, { to: "RESEARCHING", assigneeId: kim.id }, manager);
  const nobodysLate = await claim();
  await db.claim.updateMany({
    where: { id: { in: [chrisLate, kimLate, nobodysLate] } },
    data: { dueAt: past },
  });
  // Settled or removed work is never overdue, and a removed claim is not counted at all.
  const dismissed = await claim();
  await transitionClaim(dismissed, { to: "DISMISSED", reason: "Opinion, not a claim." }, editor);
  const removed = await claim();
  await removeClaim(removed, {}, editor);
  await db.claim.updateMany({ where: { id: { in: [dismissed, removed] } }, data: { dueAt: past } });

  // Gates: of the nine articles, two cleared, three in check, four drafts.
  await db.article.updateMany({ where: { id: { in: articleIds.slice(0, 2) } }, data: { status: "CLEARED" } });
  await db.article.updateMany({
    where: { id: { in: articleIds.slice(2, 5) } },
    data: { status: "IN_CHECK" },
  });
  await db.article.updateMany({ where: { id: { in: articleIds.slice(5) } }, data: { status: "DRAFT" } });
});

describe("dashboard figures", () => {
  it("throughput and time from marking to verdict in November, exactly", async () => {
    const figures = await getDashboard({ from: "2026-11-09", to: "2026-11-12" }, manager);
    expect(figures.range).toEqual({ from: "2026-11-09", to: "2026-11-12", timezone: "UTC" });
    expect(figures.throughput.total).toBe(4);
    expect(figures.throughput.perDay).toEqual([
      { day: "2026-11-09", verified: 0 },
      { day: "2026-11-10", verified: 1 },
      { day: "2026-11-11", verified: 2 },
      { day: "2026-11-12", verified: 1 },
    ]);
    expect(figures.throughput.perChecker).toEqual([
      { id: chris.id, name: "Chris Checker", verified: 3 },
      { id: kim.id, name: "Kim Checker", verified: 1 },
    ]);
    // Everybody: 1, 2, 3, 6 h → median 2.5 h, p90 at rank 3.7 → 3 + 0.7 × 3 = 5.1 h.
    expect(figures.timeToVerdict.overall).toEqual({ count: 4, medianMs: 2.5 * HOUR, p90Ms: 5.1 * HOUR });
    // Chris: 1, 3, 6 h → median 3 h, p90 at rank 2.8 → 3 + 0.8 × 3 = 5.4 h. Kim: 2 h.
    expect(figures.timeToVerdict.perChecker).toEqual([
      { id: chris.id, name: "Chris Checker", count: 3, medianMs: 3 * HOUR, p90Ms: 5.4 * HOUR },
      { id: kim.id, name: "Kim Checker", count: 1, medianMs: 2 * HOUR, p90Ms: 2 * HOUR },
    ]);
  });

  it("a narrower range counts only its own days", async () => {
    const figures = await getDashboard({ from: "2026-11-11", to: "2026-11-11" }, manager);
    expect(figures.throughput.perDay).toEqual([{ day: "2026-11-11", verified: 2 }]);
    // Kim 2 h, Chris 6 h.
    expect(figures.timeToVerdict.overall).toEqual({ count: 2, medianMs: 4 * HOUR, p90Ms: 5.6 * HOUR });
  });

  it("claims by status at the end of each day, from November's markings to today's moves", async () => {
    const nov = await getDashboard({ from: "2026-11-09", to: "2026-11-12" }, manager);
    const none = { OPEN: 0, RESEARCHING: 0, IN_REVIEW: 0, VERIFIED: 0, DISMISSED: 0 };
    expect(nov.statusSeries).toEqual([
      { day: "2026-11-09", ...none },
      { day: "2026-11-10", ...none, OPEN: 1 },
      { day: "2026-11-11", ...none, OPEN: 3 },
      { day: "2026-11-12", ...none, OPEN: 4 },
    ]);
    const today = dayOf(new Date());
    const recent = await getDashboard({ from: addDays(today, -1), to: today }, manager);
    const now = { OPEN: 1, RESEARCHING: 2, IN_REVIEW: 0, VERIFIED: 4, DISMISSED: 1 };
    expect(recent.statusNow).toEqual(now);
    expect(recent.statusSeries).toEqual([
      { day: addDays(today, -1), ...none, OPEN: 4 },
      { day: today, ...now },
    ]);
  });

  it("overdue work by checker and articles at each gate", async () => {
    const figures = await getDashboard({}, manager);
    expect(figures.overdue).toEqual({
      total: 3,
      perChecker: [
        { id: chris.id, name: "Chris Checker", overdue: 1 },
        { id: kim.id, name: "Kim Checker", overdue: 1 },
        { id: null, name: "Unassigned", overdue: 1 },
      ],
    });
    expect(figures.gates).toEqual([
      { status: "DRAFT", articles: 4 },
      { status: "IN_CHECK", articles: 3 },
      { status: "CLEARED", articles: 2 },
    ]);
  });

  it("defaults to the last 30 days up to today", async () => {
    const figures = await getDashboard({}, manager, new Date("2026-12-03T10:00:00Z"));
    expect(figures.range).toEqual({ from: "2026-11-04", to: "2026-12-03", timezone: "UTC" });
    expect(figures.statusSeries).toHaveLength(30);
    expect(figures.throughput.total).toBe(4);
  });
});

describe("dashboard refusals", () => {
  it("422 for a From after the To, a range over 366 days, or a date that is not one", async () => {
    const reversed = await caught(getDashboard({ from: "2026-11-12", to: "2026-11-09" }, manager));
    expect(reversed.status).toBe(422);
    expect(reversed.issues).toEqual([
      { path: "from", message: "The From date (2026-11-12) is after the To date (2026-11-09)." },
    ]);
    const long = await caught(getDashboard({ from: "2025-01-01", to: "2026-01-02" }, manager));
    expect(long.status).toBe(422);
    expect(long.issues).toEqual([{ path: "to", message: "The range covers 367 days; choose at most 366." }]);
    await expect(getDashboard({ from: "2024-01-01", to: "2024-12-31" }, manager)).resolves.toBeTruthy();
    const bad = await caught(getDashboard({ from: "2026-02-30" }, manager));
    expect(bad.status).toBe(422);
    expect(bad.issues?.[0]?.path).toBe("from");
  });

  it("403 for fact-checkers and editors", async () => {
    expect((await caught(getDashboard({}, chris))).status).toBe(403);
    expect((await caught(getDashboard({}, editor))).status).toBe(403);
  });
});
