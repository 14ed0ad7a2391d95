// Article tags: setting an article's tags (who may, what the trail says, spiked articles),
// the tag list with its counts, the desk's tag filter, and the races of two people tagging.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle } from "@/lib/server/articles/create-article";
import { archiveArticle } from "@/lib/server/articles/archive-article";
import { getArticle } from "@/lib/server/articles/get-article";
import { listArticlePage } from "@/lib/server/articles/list-articles";
import { setArticleTags } from "@/lib/server/tags/set-article-tags";
import { listTags } from "@/lib/server/tags/list-tags";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import type { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeNewsroom } from "@/tests/support/factories";

const ROUNDS = 6;

let editor: Actor;
let checker: Actor;
let manager: Actor;

beforeAll(async () => {
  ({ editor, checker, manager } = await makeNewsroom());
});

/** A name no other test uses (tags are shared by every article of the database). */
const unique = (name: string) => `${name} ${randomUUID().slice(0, 6)}`;

async function article(title = `Tags ${randomUUID()}`) {
  return createArticle({ title, text: "The state fell in just 11 days, the author says." }, editor);
}

async function tagEvents(articleId: string) {
  return db.auditEvent.findMany({ where: { articleId, action: "article.tagged" }, orderBy: { seq: "asc" } });
}

describe("setting an article's tags", () => {
  it("stores each tag once whatever its spelling, shows them alphabetically and records before and after", async () => {
    const a = await article();
    const kabul = unique("Kabul");
    const iskp = unique("ISKP");
    const result = await setArticleTags(a.id, { tags: [`  ${kabul} `, iskp, kabul.toUpperCase()] }, editor);
    expect(result).toEqual({ articleId: a.id, tags: [iskp, kabul] });
    expect((await getArticle(a.id, checker)).tags).toEqual([iskp, kabul]);
    expect(await db.tag.count({ where: { name: { in: [kabul, iskp] } } })).toBe(2);
    const created = (await db.tag.findFirstOrThrow({ where: { name: kabul } })).createdAt;
    expect(Math.abs(created.getTime() - Date.now())).toBeLessThan(60_000);

    const [event] = await tagEvents(a.id);
    expect(event).toMatchObject({ actorId: editor.id, before: { tags: [] }, after: { tags: [iskp, kabul] } });
    expect((await db.article.findUniqueOrThrow({ where: { id: a.id } })).updatedById).toBe(editor.id);

    // Replacing the set: one removed, one added, one kept.
    const bagram = unique("Bagram");
    expect((await setArticleTags(a.id, { tags: [kabul, bagram] }, manager)).tags).toEqual([bagram, kabul]);
    const [, second] = await tagEvents(a.id);
    expect(second).toMatchObject({
      actorId: manager.id,
      before: { tags: [iskp, kabul] },
      after: { tags: [bagram, kabul] },
    });
    // The tag itself stays for other articles and suggestions; only the article lost it.
    expect(await db.tag.count({ where: { name: iskp } })).toBe(1);

    // An empty list removes every tag.
    expect((await setArticleTags(a.id, { tags: [] }, editor)).tags).toEqual([]);
    expect(await db.articleTag.count({ where: { articleId: a.id } })).toBe(0);
    expect(await tagEvents(a.id)).toHaveLength(3);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("files a later spelling under the tag's first one", async () => {
    const [a, b] = [await article(), await article()];
    const name = unique("Afghanistan");
    await setArticleTags(a.id, { tags: [name] }, editor);
    expect((await setArticleTags(b.id, { tags: [name.toLowerCase()] }, editor)).tags).toEqual([name]);
    expect(await db.tag.count({ where: { key: name.toLowerCase() } })).toBe(1);
  });

  it("changes and records nothing when the set is the same (in another spelling or order)", async () => {
    const a = await article();
    const [x, y] = [unique("Taliban"), unique("Bagram")];
    await setArticleTags(a.id, { tags: [x, y] }, editor);
    const before = await db.article.findUniqueOrThrow({ where: { id: a.id } });
    expect((await setArticleTags(a.id, { tags: [y.toUpperCase(), x] }, manager)).tags).toEqual(
      [x, y].sort((p, q) => p.localeCompare(q, "en", { sensitivity: "base" })),
    );
    expect(await tagEvents(a.id)).toHaveLength(1);
    expect((await db.article.findUniqueOrThrow({ where: { id: a.id } })).updatedById).toBe(
      before.updatedById,
    );
  });

  it("refuses bad names with the reason and position, and changes nothing", async () => {
    const a = await article();
    const keep = unique("Keep");
    await setArticleTags(a.id, { tags: [keep] }, editor);
    const bad = await caught(setArticleTags(a.id, { tags: ["Fine", "   ", "x".repeat(41), "a,b"] }, editor));
    expect(bad.status).toBe(422);
    expect(bad.issues).toEqual([
      { path: "tags.1", message: "A tag needs at least one letter or digit." },
      { path: "tags.2", message: expect.stringMatching(/40 characters/) as string },
      { path: "tags.3", message: "A tag cannot contain a comma: commas separate tags." },
    ]);
    const tooMany = await caught(
      setArticleTags(a.id, { tags: Array.from({ length: 21 }, (_, i) => unique(`T${i}`)) }, editor),
    );
    expect(tooMany.issues).toEqual([
      { path: "tags", message: expect.stringMatching(/at most 20 tags/) as string },
    ]);
    const notAList = await caught(setArticleTags(a.id, { tags: "Kabul" } as never, editor));
    expect(notAList.issues?.[0]).toMatchObject({ path: "tags", message: "tags must be a list of names." });
    expect((await getArticle(a.id, editor)).tags).toEqual([keep]);
    expect(await db.tag.count({ where: { name: "Fine" } })).toBe(0);
    expect(await tagEvents(a.id)).toHaveLength(1);
  });

  it("lets editors and managers tag, refuses fact-checkers with the reason, and writes nothing", async () => {
    const a = await article();
    const name = unique("Checker");
    const refused = await caught(setArticleTags(a.id, { tags: [name] }, checker));
    expect(refused.status).toBe(403);
    expect(refused.message).toBe("Only editors and managers can change an article's tags.");
    expect(await db.tag.count({ where: { name } })).toBe(0);
    expect(await tagEvents(a.id)).toHaveLength(0);
  });

  it("refuses a spiked article with 409 article_spiked, and a missing one with 404", async () => {
    const a = await article();
    const keep = unique("Before spike");
    await setArticleTags(a.id, { tags: [keep] }, editor);
    await archiveArticle(a.id, {}, editor);
    const spiked = await caught(setArticleTags(a.id, { tags: [keep, unique("After")] }, manager));
    expect(spiked).toMatchObject({ code: "article_spiked", status: 409 });
    expect((await getArticle(a.id, editor)).tags).toEqual([keep]);
    expect((await caught(setArticleTags(randomUUID(), { tags: ["x"] }, editor))).status).toBe(404);
  });
});

describe("the tag list", () => {
  it("lists tags in use with their live articles counted, prefix matches first, then the most used", async () => {
    const stem = randomUUID().slice(0, 6);
    const [a, b, c, d] = [await article(), await article(), await article(), await article()];
    await setArticleTags(a.id, { tags: [`Kabul ${stem}`, `Greater Kabul ${stem}`] }, editor);
    await setArticleTags(b.id, { tags: [`Kabul ${stem}`, `Greater Kabul ${stem}`] }, editor);
    await setArticleTags(c.id, { tags: [`Greater Kabul ${stem}`] }, editor);
    await setArticleTags(d.id, { tags: [`Kabul spiked ${stem}`] }, editor);
    await archiveArticle(d.id, {}, editor);

    expect(await listTags({ q: `kabul ${stem}` }, checker)).toEqual([
      { name: `Kabul ${stem}`, count: 2 },
      { name: `Greater Kabul ${stem}`, count: 3 },
    ]);
    // A tag only on spiked articles is still offered (the Spiked filter uses it), counted 0.
    expect(await listTags({ q: `KABUL SPIKED ${stem}` }, checker)).toEqual([
      { name: `Kabul spiked ${stem}`, count: 0 },
    ]);
    expect(await listTags({ q: stem, limit: "1" }, checker)).toEqual([
      { name: `Greater Kabul ${stem}`, count: 3 },
    ]);
    // LIKE's wildcards are plain characters.
    expect(await listTags({ q: "%" }, checker)).toEqual([]);
    // A tag no article carries any more is not offered.
    await setArticleTags(c.id, { tags: [] }, editor);
    await setArticleTags(a.id, { tags: [`Kabul ${stem}`] }, editor);
    await setArticleTags(b.id, { tags: [`Kabul ${stem}`] }, editor);
    expect((await listTags({ q: stem }, checker)).map((t) => t.name)).not.toContain(`Greater Kabul ${stem}`);
    expect((await caught(listTags({ limit: "0" }, checker))).status).toBe(422);
  });
});

describe("the desk's tag filter", () => {
  it("lists the articles carrying the tag, any spelling, each with its tags; several tags mean all of them", async () => {
    const [x, y] = [unique("Elections"), unique("Kabul")];
    const [a, b, c] = [await article(), await article(), await article()];
    await setArticleTags(a.id, { tags: [x, y] }, editor);
    await setArticleTags(b.id, { tags: [x] }, editor);
    await setArticleTags(c.id, { tags: [y] }, editor);

    const byX = await listArticlePage({ tag: x.toUpperCase() }, checker);
    expect(byX.articles.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(byX.articles.find((r) => r.id === a.id)?.tags).toEqual([x, y]);
    const both = await listArticlePage({ tag: [x, ` ${y} `] }, checker);
    expect(both.articles.map((r) => r.id)).toEqual([a.id]);
    expect((await listArticlePage({ tag: unique("Nobody") }, checker)).articles).toEqual([]);
    // Paging keeps the filter.
    const first = await listArticlePage({ tag: x, limit: 1, sort: "title" }, checker);
    const second = await listArticlePage(
      { tag: x, limit: 1, sort: "title", cursor: first.nextCursor ?? "" },
      checker,
    );
    expect([...first.articles, ...second.articles].map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(second.nextCursor).toBeNull();
  });

  it("answers a bad tag with a 422 naming the filter", async () => {
    const error = await caught(listArticlePage({ tag: "a,b" }, checker));
    expect(error.issues).toEqual([
      { path: "tag", message: "Tag filter: A tag cannot contain a comma: commas separate tags." },
    ]);
  });

  it("gives every listed article its tags (an untagged one an empty list)", async () => {
    const a = await article(`Untagged ${randomUUID()}`);
    const page = await listArticlePage({ q: a.title }, editor);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]?.tags).toEqual([]);
  });
});

describe("races (fired together)", () => {
  it("two people filing different articles under the same new name at once: both succeed, one tag", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const [a, b] = [await article(), await article()];
      const name = unique("Breaking");
      const results = await Promise.allSettled([
        setArticleTags(a.id, { tags: [name, unique("Only A")] }, editor),
        setArticleTags(b.id, { tags: [unique("Only B"), name.toUpperCase()] }, manager),
      ]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      const tags = await db.tag.findMany({ where: { key: name.toLowerCase() } });
      expect(tags).toHaveLength(1);
      expect(await db.articleTag.count({ where: { tagId: tags[0]?.id } })).toBe(2);
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("two changes to one article's tags: both apply one after the other, and the trail says so", async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const a = await article();
      const [p, q, shared] = [unique("P"), unique("Q"), unique("Shared")];
      const results = await Promise.allSettled([
        setArticleTags(a.id, { tags: [p, shared] }, editor),
        setArticleTags(a.id, { tags: [q, shared] }, manager),
      ]);
      for (const r of results)
        if (r.status === "rejected") throw (r.reason as AppError) ?? new Error("rejected");
      const events = await tagEvents(a.id);
      expect(events).toHaveLength(2);
      const [first, second] = events;
      // The second change saw the first one's result, not the state both started from.
      expect(second?.before).toEqual(first?.after);
      const final = (await getArticle(a.id, editor)).tags;
      expect(second?.after).toEqual({ tags: final });
      outcomes.add(final.includes(p) ? "manager first" : "editor first");
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(1);
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it("tagging against a spike: the tags land before the spike or are refused after it", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const a = await article();
      const name = unique("Racing");
      const [tagging, spike] = await Promise.allSettled([
        setArticleTags(a.id, { tags: [name] }, editor),
        archiveArticle(a.id, {}, manager),
      ]);
      expect(spike.status).toBe("fulfilled");
      const tags = (await getArticle(a.id, editor)).tags;
      if (tagging.status === "fulfilled") {
        expect(tags).toEqual([name]);
        const [tagged] = await tagEvents(a.id);
        const archived = await db.auditEvent.findFirstOrThrow({
          where: { articleId: a.id, action: "article.archived" },
        });
        expect(tagged && tagged.seq < archived.seq).toBe(true);
      } else {
        expect((tagging.reason as AppError).code).toBe("article_spiked");
        expect(tags).toEqual([]);
        expect(await tagEvents(a.id)).toHaveLength(0);
      }
    }
  });
});
