// The audit explorer's filters as a manager uses them: a claim found by its words, not its
// id, and a date range that cannot match said so instead of "no events".
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import type { DocJSON } from "@/lib/domain/document/types";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { countAuditEvents } from "@/lib/server/audit/export-audit-events";
import { CLAIM_WORDS_MAX_MATCHES, listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeNewsroom } from "@/tests/support/factories";

let editor: Actor;
let checker: Actor;
let manager: Actor;
let bagramArticleId: string;
let otherArticleId: string;
let bagramClaimId: string;

async function articleWithClaims(
  title: string,
  text: string,
  quotes: string[],
): Promise<{ id: string; claimIds: string[] }> {
  const article = await createArticle({ title, text }, editor);
  let doc: DocJSON = article.doc;
  const claimIds: string[] = [];
  quotes.forEach((quote, i) => {
    const range = findText(doc, quote, quotes.slice(0, i).filter((q) => q === quote).length + 1);
    if (!range) throw new Error(`"${quote}" not found`);
    const id = randomUUID();
    doc = addClaimMark(doc, range, id);
    claimIds.push(id);
  });
  await saveArticleDocument(article.id, { baseVersion: 1, doc }, editor);
  return { id: article.id, claimIds };
}

beforeAll(async () => {
  ({ editor, checker, manager } = await makeNewsroom());
  const bagram = await articleWithClaims(
    "Bagram",
    "The US left Bagram Airfield overnight. Turnout was 61 percent.",
    ["left Bagram Airfield overnight", "61 percent"],
  );
  bagramArticleId = bagram.id;
  bagramClaimId = bagram.claimIds[0] ?? "";
  await transitionClaim(bagramClaimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  otherArticleId = (await articleWithClaims("Elsewhere", "Nothing about airfields here.", ["airfields"])).id;
});

describe("the claim filter", () => {
  it("finds a claim's events by words of its quote, in any case", async () => {
    const { events } = await listAuditEvents({ claim: "bagram AIRFIELD" }, manager);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(new Set(events.map((e) => e.claimId))).toEqual(new Set([bagramClaimId]));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["claim.created", "claim.assigned"]));
  });

  it("keeps to the chosen article, and counts what the export would write", async () => {
    expect((await listAuditEvents({ claim: "Bagram", articleId: otherArticleId }, manager)).events).toEqual(
      [],
    );
    const inArticle = await listAuditEvents({ claim: "Bagram", articleId: bagramArticleId }, manager);
    expect(await countAuditEvents({ claim: "Bagram", articleId: bagramArticleId }, manager)).toBe(
      inArticle.events.length,
    );
  });

  it("says so when the words are in too many claims to be a filter", async () => {
    const sentences = Array.from(
      { length: CLAIM_WORDS_MAX_MATCHES + 1 },
      (_, i) => `Claim number ${i} holds.`,
    );
    await articleWithClaims(
      "Many claims",
      sentences.join(" "),
      sentences.map((_, i) => `number ${i} holds`),
    );
    const refused = await caught(listAuditEvents({ claim: "holds" }, manager));
    expect(refused.status).toBe(422);
    expect(refused.message).toMatch(/More than 500 claims contain “holds”: type more/);
    expect(refused.issues?.[0]?.path).toBe("claim");
    // Words that pick out one of them still work.
    const { events } = await listAuditEvents({ claim: "number 417 holds" }, manager);
    expect(events.map((e) => e.action)).toContain("claim.created");
  });
});

describe("the date range", () => {
  it("refuses From after To with a message that says what is wrong", async () => {
    const refused = await caught(listAuditEvents({ from: "2026-12-05", to: "2026-12-01" }, manager));
    expect(refused.status).toBe(422);
    expect(refused.issues).toEqual([
      {
        path: "to",
        message: "The From date is after the To date, so no event can match: swap them or change one.",
      },
    ]);
  });

  it("takes a single day as From and To (the whole day)", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { events } = await listAuditEvents({ from: today, to: today, articleId: bagramArticleId }, manager);
    expect(events.length).toBeGreaterThan(0);
  });
});
