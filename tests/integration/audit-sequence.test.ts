import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { closeIdleEditBursts } from "@/lib/server/articles/close-idle-edit-bursts";
import { BURST_IDLE_MS } from "@/lib/server/articles/edit-bursts";
import { createUser } from "@/lib/server/users/create-user";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import type { DocJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";

const TEXT = "Over 113 people died, including 13 US servicemen.\n\nThe state collapsed in “11 days”.";

let editor: Actor;
let manager: Actor;

beforeAll(async () => {
  editor = await makeUser("EDITOR");
  manager = await makeUser("MANAGER");
});

function mark(doc: DocJSON, text: string): DocJSON {
  const range = findText(doc, text);
  if (!range) throw new Error(`not found: ${text}`);
  return addClaimMark(doc, range, randomUUID());
}

/** Every audit event's seq, in seq order; the trail must read 1, 2, 3, … with no gap. */
async function allSeqs(): Promise<number[]> {
  const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { seq: true } });
  return events.map((e) => e.seq);
}

const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("audit sequence numbers", () => {
  it("run 1..N without gaps across sequential use-case calls, failed ones included", async () => {
    await createUser(
      { email: "seq@newsroom.org", name: "Seq", role: "CHECKER", password: "a long password" },
      null,
    );
    const article = await createArticle({ title: "Sequenced", text: TEXT }, editor);
    // One save appending several events at once: two claim.created.
    const twoClaims = mark(mark(article.doc, "13 US servicemen"), "11 days");
    const saved = await saveArticleDocument(article.id, { baseVersion: 1, doc: twoClaims }, editor);
    // Refused calls must not use up a number.
    await expect(createArticle({ title: "", text: "x" }, editor)).rejects.toBeInstanceOf(AppError);
    await expect(
      saveArticleDocument(article.id, { baseVersion: 1, doc: mark(article.doc, "Over 113") }, editor),
    ).rejects.toMatchObject({ code: "version_conflict" });
    await saveArticleDocument(
      article.id,
      { baseVersion: saved.version, doc: saved.doc, removeClaimIds: [saved.claims[0]?.id ?? ""] },
      manager,
    );

    // Closing the editing bursts adds one article.edited event per person.
    await closeIdleEditBursts(new Date(Date.now() + BURST_IDLE_MS));

    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "user.created",
      "article.created",
      "claim.created",
      "claim.created",
      "claim.removed",
      "article.edited",
      "article.edited",
    ]);
    expect(await allSeqs()).toEqual(oneToN(7));
  });

  it("stay gap-free and unique when 20 articles are created at once", async () => {
    const before = await db.auditEvent.count();
    const titles = Array.from({ length: 20 }, (_, i) => `Concurrent ${i + 1}`);
    const results = await Promise.allSettled(
      titles.map((title) => createArticle({ title, text: TEXT }, editor)),
    );

    const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
    expect(failures).toEqual([]);
    const events = await db.auditEvent.findMany({
      where: { action: "article.created", seq: { gt: before } },
      select: { articleId: true },
    });
    const created = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.id] : []));
    expect(new Set(events.map((e) => e.articleId))).toEqual(new Set(created));
    expect(await allSeqs()).toEqual(oneToN(before + 20));
  });

  it("stay gap-free when concurrent saves of one article conflict and concurrent users are created", async () => {
    const article = await createArticle({ title: "Contested", text: TEXT }, editor);
    const before = await db.auditEvent.count();
    const saves = ["Over 113", "13 US servicemen", "11 days", "The state collapsed"].map((text) =>
      saveArticleDocument(article.id, { baseVersion: 1, doc: mark(article.doc, text) }, editor),
    );
    const users = [1, 2, 3].map((i) =>
      createUser(
        { email: `c${i}@newsroom.org`, name: `C${i}`, role: "EDITOR", password: "a long password" },
        manager,
      ),
    );
    const [saveResults, userResults] = await Promise.all([
      Promise.allSettled(saves),
      Promise.allSettled(users),
    ]);

    expect(saveResults.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(userResults.every((r) => r.status === "fulfilled")).toBe(true);
    // The winning save wrote claim.created; each user one user.created.
    expect(await allSeqs()).toEqual(oneToN(before + 1 + 3));
  });
});
