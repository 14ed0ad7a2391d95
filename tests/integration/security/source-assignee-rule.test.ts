// Issue 9 §5: only a claim's assignee (or a manager) changes its sources, only a manager
// un-flags a sensitive source, and an editor never learns a hidden source exists.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { getClaimTimeline } from "@/lib/server/audit/get-claim-timeline";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addSource } from "@/lib/server/sources/add-source";
import { removeSource } from "@/lib/server/sources/remove-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";
import { caught } from "@/tests/support/caught";
import { makeNewsroom } from "@/tests/support/factories";

const TEXT = "The state fell in just 11 days. Saleh took charge of Kabul security in October 2020.";
const COLLEAGUES =
  "This claim is assigned to another fact-checker: only they or a manager add, edit or remove its sources.";
const UNASSIGNED =
  "Nobody is assigned to this claim yet: pick it up first, then add, edit or remove its sources.";

let people: Awaited<ReturnType<typeof makeNewsroom>>;
let assigned: string; // researched by people.checker
let unassigned: string; // OPEN, nobody on it
let publicSourceId: string;
let secretSourceId: string;

const source = (title: string, sensitive = false) => ({
  url: `https://example.org/${randomUUID()}`,
  title,
  sensitive,
});
const sourceEventCount = () => db.auditEvent.count({ where: { action: { startsWith: "source." } } });

beforeAll(async () => {
  people = await makeNewsroom();
  const article = await createArticle({ title: "Kabul", text: TEXT }, people.editor);
  const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
  let doc = row.doc as Parameters<typeof findText>[0];
  assigned = randomUUID();
  unassigned = randomUUID();
  for (const [quote, id] of [
    ["11 days", assigned],
    ["October 2020", unassigned],
  ] as const) {
    const range = findText(doc, quote);
    if (!range) throw new Error(`${quote} not found`);
    doc = addClaimMark(doc, range, id);
  }
  await saveArticleDocument(article.id, { baseVersion: 1, doc }, people.editor);
  await transitionClaim(assigned, { to: "RESEARCHING", assigneeId: people.checker.id }, people.manager);
  publicSourceId = (await addSource(assigned, source("Public report"), people.checker)).id;
  secretSourceId = (await addSource(assigned, source("Whistleblower memo", true), people.checker)).id;
});

describe("a second checker on a colleague's claim", () => {
  it("is refused 403 adding, editing or removing its sources, and nothing is written", async () => {
    const before = { sources: await db.source.count(), events: await sourceEventCount() };
    const refusals = [
      await caught(addSource(assigned, source("Kim's find"), people.checker2)),
      await caught(updateSource(publicSourceId, { title: "Rewritten" }, people.checker2)),
      await caught(removeSource(publicSourceId, people.checker2)),
    ];
    for (const refusal of refusals) {
      expect(refusal.code).toBe("forbidden");
      expect(refusal.status).toBe(403);
      expect(refusal.message).toBe(COLLEAGUES);
    }
    expect(await db.source.count()).toBe(before.sources);
    expect(await sourceEventCount()).toBe(before.events);
    expect((await db.source.findUniqueOrThrow({ where: { id: publicSourceId } })).title).toBe(
      "Public report",
    );
  });

  it("cannot expose a colleague's sensitive source (PATCH sensitive:false)", async () => {
    const refusal = await caught(updateSource(secretSourceId, { sensitive: false }, people.checker2));
    expect(refusal.status).toBe(403);
    expect((await db.source.findUniqueOrThrow({ where: { id: secretSourceId } })).sensitive).toBe(true);
  });

  it("sees no source controls on that claim, with the reason", async () => {
    const detail = await getClaimDetail(assigned, people.checker2);
    expect(detail.can.manageSources).toBe(false);
    expect(detail.can.manageSourcesRefusal).toBe(COLLEAGUES);
  });
});

describe("an unassigned open claim", () => {
  it("refuses a checker's sources until they pick the claim up, then takes them", async () => {
    const refusal = await caught(addSource(unassigned, source("Early find"), people.checker2));
    expect(refusal.status).toBe(403);
    expect(refusal.message).toBe(UNASSIGNED);
    expect((await getClaimDetail(unassigned, people.checker2)).can.manageSourcesRefusal).toBe(UNASSIGNED);

    const picked = await transitionClaim(unassigned, { to: "RESEARCHING" }, people.checker2);
    expect(picked.assignee?.id).toBe(people.checker2.id);
    expect(picked.can.manageSources).toBe(true);
    const added = await addSource(unassigned, source("Early find"), people.checker2);
    expect(added.createdById).toBe(people.checker2.id);
    // Now the first checker is the colleague.
    expect((await caught(removeSource(added.id, people.checker))).message).toBe(COLLEAGUES);
  });
});

describe("the assignee and managers", () => {
  it("the assignee adds, edits and removes the claim's sources", async () => {
    const mine = await addSource(assigned, source("Second look"), people.checker);
    await updateSource(mine.id, { title: "Second look, revised" }, people.checker);
    await removeSource(mine.id, people.checker);
    expect(await db.source.findUnique({ where: { id: mine.id } })).toBeNull();
    expect((await getClaimDetail(assigned, people.checker)).can).toMatchObject({
      manageSources: true,
      manageSourcesRefusal: null,
      unflagSensitive: false,
    });
  });

  it("a manager changes any claim's sources", async () => {
    const theirs = await addSource(assigned, source("Desk archive"), people.manager);
    await updateSource(theirs.id, { note: "From the archive" }, people.manager);
    await removeSource(theirs.id, people.manager);
    expect(await db.source.findUnique({ where: { id: theirs.id } })).toBeNull();
  });

  it("only a manager un-flags a sensitive source, even the assignee's own", async () => {
    const refusal = await caught(updateSource(secretSourceId, { sensitive: false }, people.checker));
    expect(refusal.status).toBe(403);
    expect(refusal.message).toBe(
      "Only a manager can make a sensitive source visible to everyone; ask one to un-flag it.",
    );
    // Re-saving the whole form with the flag still set is an ordinary edit.
    await updateSource(secretSourceId, { sensitive: true, note: "Met in person" }, people.checker);
    const row = await db.source.findUniqueOrThrow({ where: { id: secretSourceId } });
    expect(row).toMatchObject({ sensitive: true, note: "Met in person" });

    const extra = await addSource(assigned, source("Second tip", true), people.checker);
    await updateSource(extra.id, { sensitive: false }, people.manager);
    expect((await db.source.findUniqueOrThrow({ where: { id: extra.id } })).sensitive).toBe(false);
    await removeSource(extra.id, people.manager);
  });

  it("an editor still may not touch sources", async () => {
    expect((await caught(addSource(assigned, source("x"), people.editor))).status).toBe(403);
    expect((await caught(updateSource(publicSourceId, { title: "x" }, people.editor))).status).toBe(403);
    expect((await caught(removeSource(publicSourceId, people.editor))).status).toBe(403);
  });
});

describe("what an editor reads", () => {
  let editorView: string;
  beforeAll(async () => {
    await proposeVerdict(
      assigned,
      { rating: "True", rationale: "Both agree.", sourceIds: [publicSourceId, secretSourceId] },
      people.checker,
    );
    const detail = await getClaimDetail(assigned, people.editor);
    const timeline = await getClaimTimeline(assigned, people.editor);
    editorView = JSON.stringify({ detail, timeline });
  });

  it("a verdict's sourceIds in the claim detail hold only the sources the editor sees", async () => {
    const detail = await getClaimDetail(assigned, people.editor);
    expect(detail.sources.map((s) => s.id)).toEqual([publicSourceId]);
    expect(detail.verdicts[0]?.sourceIds).toEqual([publicSourceId]);
    const checkerView = await getClaimDetail(assigned, people.checker);
    expect(checkerView.verdicts[0]?.sourceIds).toEqual(
      expect.arrayContaining([publicSourceId, secretSourceId]),
    );
  });

  it("the timeline has no event about the hidden source and no trace of its id", async () => {
    const { events } = await getClaimTimeline(assigned, people.editor);
    const proposed = events.find((e) => e.action === "verdict.proposed");
    expect(proposed?.after).toMatchObject({ sourceIds: [publicSourceId] });
    const added = events.filter((e) => e.action === "source.added").map((e) => e.after);
    expect(added).toEqual([
      expect.objectContaining({ title: "Public report" }),
      expect.objectContaining({ title: "Second look" }),
      expect.objectContaining({ title: "Desk archive" }),
    ]);
    const checkerEvents = (await getClaimTimeline(assigned, people.checker)).events;
    expect(JSON.stringify(checkerEvents)).toContain(secretSourceId);
  });

  it("nothing the editor reads names the hidden source or says one exists", () => {
    expect(editorView).not.toContain(secretSourceId);
    expect(editorView).not.toContain("Whistleblower");
    expect(editorView).not.toContain("Second tip");
    expect(editorView).not.toContain("redacted");
    expect(editorView).not.toContain("sensitive source");
  });
});
