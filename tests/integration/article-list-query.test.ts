// The desk's query: every filter, every sort, and keyset paging that neither skips nor
// repeats a row across pages, also when many rows tie on the sort key (same updatedAt).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle } from "@/lib/server/articles/create-article";
import { listArticlePage, type ArticleSummary } from "@/lib/server/articles/list-articles";
import { transitionArticle } from "@/lib/server/articles/transition-article";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { archiveArticle } from "@/lib/server/articles/archive-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import { ARTICLE_SORTS, type ArticleListQueryInput } from "@/lib/validation/article-list";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeNewsroom } from "@/tests/support/factories";

const TEXT = "The state fell in just 11 days. Over 113 people died. Saleh took charge in October 2020.";
const QUOTES = ["11 days", "113 people", "October 2020"];

let editor: Actor;
let checker: Actor;
let checker2: Actor;
let manager: Actor;
const ids: Record<string, string> = {};
const TIE = new Date("2026-06-01T12:00:00.000Z");

/** An article with `claims` marked claims, its updatedAt set to `at`. */
async function seed(title: string, claims: number, at: Date): Promise<string> {
  const article = await createArticle({ title, text: TEXT }, editor);
  let doc = article.doc;
  for (const quote of QUOTES.slice(0, claims)) {
    const range = findText(doc, quote);
    if (!range) throw new Error(quote);
    doc = addClaimMark(doc, range, randomUUID());
  }
  if (claims > 0) await saveArticleDocument(article.id, { baseVersion: 1, doc }, editor);
  await db.article.update({ where: { id: article.id }, data: { updatedAt: at } });
  return article.id;
}

beforeAll(async () => {
  ({ editor, checker, checker2, manager } = await makeNewsroom());
  // Nine articles; five of them changed at exactly the same moment.
  ids.kabul = await seed("Kabul airport attack", 3, TIE);
  ids.bagram = await seed("Bagram vacated", 1, TIE);
  ids.saleh = await seed("saleh takes charge", 2, TIE);
  ids.taliban = await seed("Taliban advance", 0, TIE);
  ids.dateline = await seed("The dateline", 2, TIE);
  ids.old = await seed("An old story", 1, new Date("2026-01-10T09:00:00.000Z"));
  ids.newer = await seed("A newer story", 3, new Date("2026-09-20T09:00:00.000Z"));
  ids.percent = await seed("100% of _ claims", 0, new Date("2026-03-03T09:00:00.000Z"));
  ids.spiked = await seed("Spiked Kabul piece", 1, TIE);
  await archiveArticle(ids.spiked, {}, editor);

  // Statuses: kabul and bagram in check, newer cleared (no claims to settle... it has three,
  // so it is dismissed clean first).
  for (const id of [ids.kabul, ids.bagram]) await transitionArticle(id, { to: "IN_CHECK" }, editor);
  const claimsOfNewer = await db.claim.findMany({ where: { articleId: ids.newer } });
  for (const c of claimsOfNewer)
    await transitionClaim(c.id, { to: "DISMISSED", reason: "Not checkable" }, manager);
  await transitionArticle(ids.newer, { to: "IN_CHECK" }, editor);
  await transitionArticle(ids.newer, { to: "CLEARED" }, manager);

  // Assignments: checker on a claim of saleh; checker2 on a claim of dateline that is then removed.
  const [salehClaim] = await db.claim.findMany({ where: { articleId: ids.saleh } });
  const [datelineClaim] = await db.claim.findMany({ where: { articleId: ids.dateline } });
  if (!salehClaim || !datelineClaim) throw new Error("claims missing");
  await transitionClaim(salehClaim.id, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  await db.claim.update({
    where: { id: datelineClaim.id },
    data: { assigneeId: checker2.id, removedAt: new Date() },
  });

  // Transitions moved updatedAt; put every article back at its seeded time.
  for (const [name, at] of Object.entries({
    kabul: TIE,
    bagram: TIE,
    saleh: TIE,
    dateline: TIE,
    newer: new Date("2026-09-20T09:00:00.000Z"),
  }))
    await db.article.update({ where: { id: ids[name] }, data: { updatedAt: at } });
});

async function all(query: ArticleListQueryInput = {}): Promise<ArticleSummary[]> {
  return (await listArticlePage({ ...query, limit: 100 }, checker)).articles;
}

async function pageThrough(query: ArticleListQueryInput, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listArticlePage({ ...query, limit, cursor }, checker);
    pages.push(page.articles.map((a) => a.id));
    if (!page.nextCursor) return pages;
    expect(page.articles).toHaveLength(limit);
    cursor = page.nextCursor;
    expect(pages.length).toBeLessThan(20);
  }
}

const titles = (list: ArticleSummary[]) => list.map((a) => a.title);

describe("the desk's filters", () => {
  it("hides spiked articles unless archived=true, which lists only them", async () => {
    expect((await all()).map((a) => a.id)).not.toContain(ids.spiked);
    expect(await all()).toHaveLength(8);
    const spiked = await all({ archived: "true" });
    expect(spiked.map((a) => a.id)).toEqual([ids.spiked]);
    expect(spiked[0]?.archivedBy?.id).toBe(editor.id);
  });

  it("finds titles by words in any case, taking % and _ literally", async () => {
    expect(titles(await all({ q: "KABUL" }))).toEqual(["Kabul airport attack"]);
    expect(titles(await all({ q: "Saleh" }))).toEqual(["saleh takes charge"]);
    expect(titles(await all({ q: "story", sort: "title" }))).toEqual(["A newer story", "An old story"]);
    expect(titles(await all({ q: "100% of _" }))).toEqual(["100% of _ claims"]);
    expect(await all({ q: "0%" })).toHaveLength(1);
    expect(await all({ q: "_ c" })).toHaveLength(1);
    expect(await all({ q: "nothing like this" })).toEqual([]);
  });

  it("filters by one or several statuses", async () => {
    expect(new Set((await all({ status: "IN_CHECK" })).map((a) => a.id))).toEqual(
      new Set([ids.kabul, ids.bagram]),
    );
    expect((await all({ status: ["CLEARED"] })).map((a) => a.id)).toEqual([ids.newer]);
    expect(await all({ status: "IN_CHECK,CLEARED" })).toHaveLength(3);
    expect(await all({ status: ["DRAFT", "CLEARED"] })).toHaveLength(6);
  });

  it("filters by the assignee of a live claim (a removed claim does not count)", async () => {
    expect((await all({ assigneeId: checker.id })).map((a) => a.id)).toEqual([ids.saleh]);
    expect(await all({ assigneeId: checker2.id })).toEqual([]);
  });

  it("filters by the date of the last change, a date alone meaning the whole day", async () => {
    expect((await all({ from: "2026-09-20" })).map((a) => a.id)).toEqual([ids.newer]);
    expect((await all({ to: "2026-01-10" })).map((a) => a.id)).toEqual([ids.old]);
    expect(new Set((await all({ from: "2026-01-11", to: "2026-06-01" })).map((a) => a.id))).toEqual(
      new Set([ids.percent, ids.kabul, ids.bagram, ids.saleh, ids.taliban, ids.dateline]),
    );
    expect(await all({ from: "2026-06-01T12:00:00.001Z", to: "2026-09-01" })).toEqual([]);
  });

  it("combines filters", async () => {
    expect(
      (await all({ q: "a", status: "IN_CHECK", from: "2026-05-01" })).map((a) => a.title).sort(),
    ).toEqual(["Bagram vacated", "Kabul airport attack"]);
  });
});

describe("sorting", () => {
  it("sorts by title, status (workflow order), claim count and last change, each both ways", async () => {
    expect(titles(await all({ sort: "title" }))).toEqual([
      "100% of _ claims",
      "A newer story",
      "An old story",
      "Bagram vacated",
      "Kabul airport attack",
      "saleh takes charge",
      "Taliban advance",
      "The dateline",
    ]);
    expect(titles(await all({ sort: "-title" }))[0]).toBe("The dateline");

    const byStatus = await all({ sort: "status" });
    expect(byStatus.map((a) => a.status)).toEqual([
      ...Array<string>(5).fill("DRAFT"),
      "IN_CHECK",
      "IN_CHECK",
      "CLEARED",
    ]);
    expect((await all({ sort: "-status" }))[0]?.id).toBe(ids.newer);

    const byClaims = await all({ sort: "claims" });
    expect(byClaims.map((a) => a.claimCount)).toEqual([0, 0, 1, 1, 1, 2, 3, 3]);
    expect((await all({ sort: "-claims" })).map((a) => a.claimCount)).toEqual([3, 3, 2, 1, 1, 1, 0, 0]);

    const byUpdated = await all();
    expect(byUpdated[0]?.id).toBe(ids.newer);
    expect(byUpdated.at(-1)?.id).toBe(ids.old);
    expect((await all({ sort: "updated" }))[0]?.id).toBe(ids.old);
  });

  it.each(ARTICLE_SORTS)(
    "pages through sort=%s two at a time without skipping or repeating a row",
    async (sort) => {
      const everything = (await all({ sort })).map((a) => a.id);
      for (const limit of [1, 2, 3]) {
        const pages = await pageThrough({ sort }, limit);
        expect(pages.flat()).toEqual(everything);
        expect(new Set(pages.flat()).size).toBe(everything.length);
      }
    },
  );

  it.each(["-updated", "title", "-claims", "status"])(
    "pages back with prevCursor to exactly the pages seen going forwards (sort=%s)",
    async (sort) => {
      const forwards: string[][] = [];
      let page = await listArticlePage({ sort, limit: 3 }, checker);
      expect(page.prevCursor).toBeNull();
      forwards.push(page.articles.map((a) => a.id));
      while (page.nextCursor) {
        page = await listArticlePage({ sort, limit: 3, cursor: page.nextCursor }, checker);
        forwards.push(page.articles.map((a) => a.id));
      }
      const backwards: string[][] = [page.articles.map((a) => a.id)];
      while (page.prevCursor) {
        page = await listArticlePage({ sort, limit: 3, before: page.prevCursor }, checker);
        backwards.unshift(page.articles.map((a) => a.id));
        expect(backwards.length).toBeLessThan(10);
      }
      expect(backwards).toEqual(forwards);
    },
  );

  it("pages through a filtered list, and the last page has no next cursor", async () => {
    const pages = await pageThrough({ status: "DRAFT", sort: "-updated" }, 2);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
  });
});

describe("bad queries are refused with the field named", () => {
  async function issues(query: ArticleListQueryInput) {
    const error = await caught(listArticlePage(query, checker));
    expect(error.status).toBe(422);
    return error.issues ?? [];
  }

  it("names the allowed values", async () => {
    const [sortIssue] = await issues({ sort: "author" });
    expect(sortIssue?.path).toBe("sort");
    expect(sortIssue?.message).toContain(
      "title, -title, status, -status, claims, -claims, updated, -updated",
    );
    expect((await issues({ status: "PUBLISHED" }))[0]).toMatchObject({
      path: "status.0",
      message: "status must be one of DRAFT, IN_CHECK, CLEARED.",
    });
    expect((await issues({ limit: "0" }))[0]?.path).toBe("limit");
    expect((await issues({ limit: "101" }))[0]?.message).toBe(
      "The limit must be a whole number from 1 to 100.",
    );
    expect((await issues({ archived: "yes" }))[0]?.path).toBe("archived");
    expect((await issues({ from: "yesterday" }))[0]?.path).toBe("from");
  });

  it("says when From is after To", async () => {
    expect(await issues({ from: "2026-05-02", to: "2026-05-01" })).toEqual([
      {
        path: "to",
        message: "The From date is after the To date, so no article can match: swap them or change one.",
      },
    ]);
  });

  it("refuses a malformed cursor, or one from another sort", async () => {
    expect((await issues({ cursor: "not a cursor!" }))[0]?.path).toBe("cursor");
    expect((await issues({ before: "bm9wZQ" }))[0]?.path).toBe("before");
    expect((await issues({ cursor: "bm9wZQ" }))[0]?.path).toBe("cursor");
    expect(
      (await issues({ cursor: Buffer.from('{"s":"-updated","k":5,"i":"x"}').toString("base64url") }))[0]
        ?.path,
    ).toBe("cursor");
    const first = await listArticlePage({ sort: "title", limit: 2 }, checker);
    expect(first.nextCursor).not.toBeNull();
    const [other] = await issues({ sort: "-claims", cursor: first.nextCursor ?? "" });
    expect(other?.path).toBe("cursor");
    expect(other?.message).toContain("another sort order");
  });
});
