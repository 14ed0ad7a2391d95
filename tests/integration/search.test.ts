// Full-text search (lib/server/search): what each group finds, that the index follows every
// write (triggers), that nothing hidden or removed is found, and that no input breaks it.
// Runs on SQLite (FTS5) and, with DATABASE_URL=postgresql://…, on PostgreSQL (tsvector).
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db, getDbProvider } from "@/lib/db";
import { MIGRATIONS_DIRS } from "@/lib/db/schema-engine";
import { createArticle } from "@/lib/server/articles/create-article";
import { archiveArticle } from "@/lib/server/articles/archive-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { updateClaimAssignment } from "@/lib/server/claims/update-claim-assignment";
import { removeClaim } from "@/lib/server/claims/remove-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { addSource } from "@/lib/server/sources/add-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { search, type SearchResults, type Segment } from "@/lib/server/search/search";
import { SEARCH_CANDIDATE_CAP } from "@/lib/server/search/search-engine";
import type { DocJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { makeArticleWithClaim, makeNewsroom, makeUser } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";
import { editText } from "@/tests/support/documents";

let editor: Actor;
let checker: Actor;
let manager: Actor;
let fatima: Actor;

beforeAll(async () => {
  ({ editor, checker, manager } = await makeNewsroom());
  fatima = await makeUser("CHECKER", "Fatima Rahimi");
});

const text = (segments: Segment[] | null | undefined) => (segments ?? []).map((s) => s.text).join("");
const marks = (segments: Segment[] | null | undefined) =>
  (segments ?? []).filter((s) => s.match).map((s) => s.text);
const claimIds = (r: SearchResults) => r.claims.hits.map((h) => h.id);

/** A fresh, unique word, so tests sharing the database never find each other's data. */
const word = (prefix: string) => `${prefix}${randomUUID().replaceAll("-", "").slice(0, 8)}`;

/** An article whose `quote` is one claim, assigned to `checker` and being researched. */
async function researchedClaim(quote: string, body = `It is said that ${quote}, and more.`) {
  const ctx = await makeArticleWithClaim(editor, { text: body, quote });
  await transitionClaim(ctx.claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  return ctx;
}

describe("search", () => {
  it("finds an article by its title and by a word of its text, the last word as a prefix", async () => {
    const place = word("Bagram");
    const article = await createArticle(
      { title: `Airbase ${place} report`, text: `Intro\n\nThe ${place} base was vacated overnight.` },
      editor,
    );
    const byText = await search({ q: "vacated overnight" }, checker);
    expect(byText.articles.hits.map((h) => h.id)).toContain(article.id);
    const byPrefix = await search({ q: place.slice(0, 10) }, checker);
    const hit = byPrefix.articles.hits.find((h) => h.id === article.id);
    expect(marks(hit?.title)).toEqual([place]);
    expect(marks(hit?.snippet)).toEqual([place]);
    expect(hit?.href).toBe(`/articles/${article.id}`);
    // Blocks are separate words: the heading's last word and the next paragraph's first.
    expect((await search({ q: "introthe" }, checker)).articles.hits.map((h) => h.id)).not.toContain(
      article.id,
    );
  });

  it("finds a spiked article too, and says it is spiked", async () => {
    const place = word("Spiked");
    const article = await createArticle({ title: `${place} story`, text: "Never ran." }, editor);
    expect((await search({ q: place }, checker)).articles.hits.find((h) => h.id === article.id)?.spiked).toBe(
      false,
    );
    await archiveArticle(article.id, { note: "Not running it" }, editor);
    expect((await search({ q: place }, checker)).articles.hits.find((h) => h.id === article.id)?.spiked).toBe(
      true,
    );
  });

  it("finds a claim by its words, its rating and its assignee, and follows each change", async () => {
    const unique = word("servicemen");
    const { articleId, claimId } = await researchedClaim(`13 US ${unique} died`);

    const byWords = await search({ q: `13 ${unique}` }, editor);
    expect(claimIds(byWords)).toEqual([claimId]);
    expect(byWords.claims.total).toBe(1);
    expect(marks(byWords.claims.hits[0]?.quote)).toEqual(["13", unique]);
    expect(byWords.claims.hits[0]?.href).toBe(`/articles/${articleId}?claim=${claimId}`);

    // The assignee: assigned to Chris Checker, then reassigned to Fatima Rahimi.
    expect(claimIds(await search({ q: `${unique} chris` }, editor))).toEqual([claimId]);
    await updateClaimAssignment(claimId, { assigneeId: fatima.id }, manager);
    expect(claimIds(await search({ q: `${unique} chris` }, editor))).toEqual([]);
    const byAssignee = await search({ q: `${unique} fatima` }, editor);
    expect(marks(byAssignee.claims.hits[0]?.assignee)).toEqual(["Fatima"]);

    // The rating of its verdict.
    expect(claimIds(await search({ q: `${unique} misleading` }, editor))).toEqual([]);
    const source = await addSource(claimId, { url: "https://example.org/a", title: "A report" }, fatima);
    await proposeVerdict(
      claimId,
      { rating: "Misleading", rationale: "Counted late.", sourceIds: [source.id] },
      fatima,
    );
    const byRating = await search({ q: `${unique} misleading` }, editor);
    expect(claimIds(byRating)).toEqual([claimId]);
    expect(text(byRating.claims.hits[0]?.rating)).toBe("Misleading");

    // Its words edited in the article.
    const edited = word("marines");
    const current = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    await saveArticleDocument(
      articleId,
      {
        baseVersion: current.version,
        doc: editText(current.doc as unknown as DocJSON, (t) => t.replace(unique, edited)),
      },
      editor,
    );
    expect(claimIds(await search({ q: unique }, editor))).toEqual([]);
    expect(claimIds(await search({ q: edited }, editor))).toEqual([claimId]);
    // …and the article's own text follows too.
    expect((await search({ q: edited }, editor)).articles.hits.map((h) => h.id)).toEqual([articleId]);
    expect((await search({ q: unique }, editor)).articles.hits).toEqual([]);
  });

  it("finds a source by its publisher, title, URL and note", async () => {
    const { claimId } = await researchedClaim("the state collapsed in just 11 days");
    const outlet = word("Pajhwok");
    const source = await addSource(
      claimId,
      {
        url: `https://www.${outlet}.example/news/kabul-fall`,
        title: "Timeline of the fall",
        publisher: `${outlet} Afghan News`,
        note: "Dates checked against the ministry's statement.",
      },
      checker,
    );
    const byPublisher = await search({ q: `${outlet} afghan` }, editor);
    expect(byPublisher.sources.hits.map((h) => h.id)).toEqual([source.id]);
    expect(marks(byPublisher.sources.hits[0]?.publisher)).toEqual([outlet, "Afghan"]);
    expect(byPublisher.sources.hits[0]?.claim.id).toBe(claimId);
    expect((await search({ q: `${outlet} kabul fall` }, editor)).sources.total).toBe(1);
    expect((await search({ q: `${outlet} ministry` }, editor)).sources.hits[0]?.note).not.toBeNull();

    const renamed = word("Tolo");
    await updateSource(source.id, { publisher: renamed }, checker);
    expect((await search({ q: `${outlet} afghan` }, editor)).sources.total).toBe(0);
    expect((await search({ q: renamed }, editor)).sources.hits.map((h) => h.id)).toEqual([source.id]);
  });

  it("finds a comment by its words and by the name of the person it mentions", async () => {
    const { claimId } = await researchedClaim("Amrullah Saleh took charge in October 2020");
    const kabir = await db.user.create({
      data: {
        email: `${word("kabir")}@test.claimdesk`,
        name: `Kabir ${word("Noori")}`,
        role: "CHECKER",
        passwordHash: "not-a-hash",
      },
    });
    const handle = kabir.email.split("@")[0] ?? "";
    const surname = kabir.name.split(" ")[1] ?? "";
    const comment = await addComment(
      claimId,
      { body: `@${handle} can you check the appointment date?` },
      editor,
    );
    const byName = await search({ q: surname }, manager);
    expect(byName.comments.hits.map((h) => h.id)).toEqual([comment.id]);
    expect(byName.comments.hits[0]?.author).toBe(editor.name);
    expect(text(byName.comments.hits[0]?.body)).toContain("appointment date");

    const added = word("gazette");
    const second = await addComment(claimId, { body: `The ${added} has the decree.` }, checker);
    const byWords = await search({ q: added }, editor);
    expect(byWords.comments.hits.map((h) => h.id)).toEqual([second.id]);
    expect(marks(byWords.comments.hits[0]?.body)).toEqual([added]);
  });

  it("never shows an editor a sensitive source, not even in the count", async () => {
    const { claimId } = await researchedClaim("a confidential count of the dead");
    const secret = word("Whistle");
    const hidden = await addSource(
      claimId,
      {
        url: "https://example.org/private",
        title: `${secret} interview`,
        publisher: secret,
        sensitive: true,
      },
      checker,
    );
    const asEditor = await search({ q: secret }, editor);
    expect(asEditor.sources).toEqual({ total: 0, hits: [] });
    // Nor through another group: nothing in the answer but the query names it.
    expect(JSON.stringify({ ...asEditor, query: "" })).not.toContain(secret);
    const byTitle = await search({ q: "interview" }, editor);
    expect(byTitle.sources.hits.map((h) => h.id)).not.toContain(hidden.id);
    expect((await search({ q: secret }, checker)).sources.total).toBe(1);
    expect((await search({ q: secret }, manager)).sources.total).toBe(1);
  });

  it("does not find a removed claim, nor its sources and comments", async () => {
    const unique = word("dateline");
    const { claimId } = await researchedClaim(`the ${unique} of May 21, 2024`);
    await addSource(claimId, { url: "https://example.org/d", title: `${unique} archive` }, checker);
    await addComment(claimId, { body: `The ${unique} does not fit August 2021.` }, checker);
    const before = await search({ q: unique }, manager);
    expect([before.claims.total, before.sources.total, before.comments.total]).toEqual([1, 1, 1]);

    await removeClaim(claimId, {}, editor);
    const after = await search({ q: unique }, manager);
    expect([after.claims.total, after.sources.total, after.comments.total]).toEqual([0, 0, 0]);
  });

  it("takes any input as words: full-text syntax never breaks a search", async () => {
    const unique = word("Kabul");
    const { claimId } = await researchedClaim(`${unique} airport attack`);
    const tricky = [
      `"${unique}`,
      `${unique}*`,
      `-${unique}`,
      `${unique} AND`,
      `NEAR(${unique}`,
      `(${unique} OR`,
      `${unique}) NOT attack`,
      `${unique}:* & | !`,
      `'${unique}' \\`,
      `${unique} ^ {}`,
    ];
    for (const q of tricky) {
      const results = await search({ q }, editor);
      expect(Array.isArray(results.claims.hits), q).toBe(true);
    }
    expect(claimIds(await search({ q: `"${unique}" airport*` }, editor))).toEqual([claimId]);
    expect(claimIds(await search({ q: `NEAR(${unique}` }, editor))).toEqual([]);
    // Only punctuation: no words, no hits, no error.
    const none = await search({ q: '*** "" () -' }, editor);
    expect([none.articles.total, none.claims.total, none.sources.total, none.comments.total]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it("refuses an empty query and one over 200 characters with the field", async () => {
    for (const q of ["", "   ", undefined]) {
      const error = await caught(search({ q }, editor));
      expect(error.code).toBe("validation");
      expect(error.issues).toEqual([{ path: "q", message: "Type what to search for." }]);
    }
    const long = await caught(search({ q: "a".repeat(201) }, editor));
    expect(long.issues).toEqual([{ path: "q", message: "Keep the search under 200 characters." }]);
  });

  it("limits each group and still counts every match", async () => {
    const unique = word("Taliban");
    const text = Array.from({ length: 4 }, (_, i) => `Claim ${unique} number ${i}.`).join("\n\n");
    const article = await createArticle({ title: "Many claims", text }, editor);
    let doc = article.doc;
    const { addClaimMark, findText } = await import("@/lib/domain/document/apply-claim-mark");
    for (let i = 0; i < 4; i++) {
      const range = findText(doc, `${unique} number ${i}`);
      if (!range) throw new Error("not found");
      doc = addClaimMark(doc, range, randomUUID());
    }
    await saveArticleDocument(article.id, { baseVersion: 1, doc }, editor);
    const results = await search({ q: unique, limit: 2 }, editor);
    expect(results.claims.total).toBe(4);
    expect(results.claims.hits).toHaveLength(2);
  });

  it("a word in more claims than the cap: the best are shown and, on PostgreSQL, the total says 1,000+", async () => {
    const unique = word("Common");
    const { articleId, claimId } = await researchedClaim(`${unique} ${unique} ${unique} twice over`);
    const many = SEARCH_CANDIDATE_CAP + 50;
    await db.claim.createMany({
      data: Array.from({ length: many }, (_, i) => ({
        id: randomUUID(),
        articleId,
        quote: `${unique} filler claim ${i}`,
        prefix: "",
        suffix: "",
        start: 0,
        end: 10,
        createdById: editor.id,
      })),
    });
    const results = await search({ q: unique, limit: 5 }, editor);
    expect(results.claims.hits).toHaveLength(5);
    if (getDbProvider() === "postgresql") {
      // Only the first matches found are ranked and counted, so a common word stays fast.
      expect(results.claims).toMatchObject({ total: SEARCH_CANDIDATE_CAP, capped: true });
    } else {
      expect(results.claims.total).toBe(many + 1);
      expect(results.claims.capped).toBeUndefined();
      // The claim that says the word three times ranks first.
      expect(results.claims.hits[0]?.id).toBe(claimId);
    }
    // Below the cap the count is exact on both engines, and not flagged.
    const few = await search({ q: `${unique} twice` }, editor);
    expect(few.claims).toMatchObject({ total: 1 });
    expect(few.claims.capped).toBeUndefined();
  });

  it("indexes what was written before search existed: the migration's backfill", async () => {
    const unique = word("Backfill");
    const { claimId } = await researchedClaim(`${unique} casualty figures`);
    const engine = getDbProvider() === "postgresql" ? "postgresql" : "sqlite";
    const sql = readFileSync(
      path.join(MIGRATIONS_DIRS[engine], "20261203162500_search", "migration.sql"),
      "utf8",
    );
    const backfill = sql
      .slice(sql.indexOf("-- Backfill"))
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("--"));
    expect(backfill).toHaveLength(4);
    // An index as empty as before the migration…
    for (const table of ["search_article", "search_claim", "search_source", "search_comment"]) {
      await db.$executeRawUnsafe(`DELETE FROM "${table}"`);
    }
    expect(claimIds(await search({ q: unique }, editor))).toEqual([]);
    // …is filled by the migration's own statements.
    for (const statement of backfill) await db.$executeRawUnsafe(statement.replace(/;\s*$/, ""));
    const found = await search({ q: unique }, editor);
    expect(claimIds(found)).toEqual([claimId]);
    expect(found.articles.total).toBe(1);
  });
});
