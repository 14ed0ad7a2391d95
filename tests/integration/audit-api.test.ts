import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { csvField, parseCsv } from "@/lib/domain/csv";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import {
  AUDIT_EXPORT_COLUMNS,
  countAuditEvents,
  exportAuditEvents,
} from "@/lib/server/audit/export-audit-events";
import { getClaimTimeline } from "@/lib/server/audit/get-claim-timeline";
import { GENESIS_HASH, hashEvent } from "@/lib/server/audit/hash-event";
import { listAuditEvents, type AuditEventView } from "@/lib/server/audit/list-audit-events";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { flushSignInFailures } from "@/lib/server/auth/record-sign-in-failure";
import { FAILURE_AUDIT_WINDOW_MS } from "@/lib/server/auth/sign-in-limits";
import { transitionClaim } from "@/lib/server/claims/transition-claim";
import { addComment } from "@/lib/server/comments/add-comment";
import { addSource } from "@/lib/server/sources/add-source";
import { updateSource } from "@/lib/server/sources/update-source";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeUser } from "@/tests/support/factories";

const TEXT = "The state fell in just 11 days, the author says.";
const TRICKY = 'Check "11 days", again,\nplease';

let editor: Actor;
let checker: Actor;
let manager: Actor;
let articleIds: string[];
let claimId: string;
let sensitiveSourceId: string;

beforeAll(async () => {
  editor = await makeUser("EDITOR", "Edna Editor");
  checker = await makeUser("CHECKER", "Chris Checker");
  manager = await makeUser("MANAGER", "Mona Manager");
  articleIds = [];
  for (let i = 1; i <= 6; i++) {
    articleIds.push((await createArticle({ title: `Audit ${i}`, text: TEXT }, editor)).id);
  }
  const article = await db.article.findUniqueOrThrow({ where: { id: articleIds[0] } });
  claimId = randomUUID();
  const doc = article.doc as Parameters<typeof findText>[0];
  const range = findText(doc, "11 days");
  if (!range) throw new Error("text not found");
  await saveArticleDocument(article.id, { baseVersion: 1, doc: addClaimMark(doc, range, claimId) }, editor);
  await transitionClaim(claimId, { to: "RESEARCHING", assigneeId: checker.id }, manager);
  await addSource(claimId, { url: "https://example.org/public", title: "Public report" }, checker);
  const secret = await addSource(
    claimId,
    { url: "https://example.org/whistle", title: "Whistleblower memo", sensitive: true },
    checker,
  );
  sensitiveSourceId = secret.id;
  await updateSource(secret.id, { note: "Met in person" }, checker);
  await addComment(claimId, { body: TRICKY }, editor);
  // A system event (no actor): a failed sign-in with an unknown email.
  expect(await verifyCredentials({ email: "nobody@newsroom.org", password: "guess" })).toBeNull();
  // Failed sign-ins reach the trail in aggregate, once their window has closed.
  await flushSignInFailures({}, new Date(Date.now() + FAILURE_AUDIT_WINDOW_MS));
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("listAuditEvents", () => {
  it("is for managers only", async () => {
    expect((await caught(listAuditEvents({}, editor))).code).toBe("forbidden");
    expect((await caught(listAuditEvents({}, checker))).code).toBe("forbidden");
    expect(() => exportAuditEvents({}, "jsonl", editor)).toThrow(/managers/);
    expect((await caught(countAuditEvents({}, editor))).code).toBe("forbidden");
  });

  it("returns the newest first with names, titles and quotes resolved", async () => {
    const { events, nextCursor } = await listAuditEvents({}, manager);
    const total = await db.auditEvent.count();
    expect(events).toHaveLength(Math.min(50, total));
    expect(nextCursor).toBeNull();
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => b - a));
    const comment = events.find((e) => e.action === "comment.added");
    expect(comment).toMatchObject({
      actor: { id: editor.id, name: "Edna Editor" },
      article: { id: articleIds[0], title: "Audit 1" },
      claim: { id: claimId, quote: "11 days" },
      after: { body: TRICKY },
      reason: null,
    });
    expect(typeof comment?.at).toBe("string");
    expect(comment?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("filters by article, claim, action, actor, system and time", async () => {
    const byArticle = await listAuditEvents({ articleId: articleIds[1] }, manager);
    expect(byArticle.events.map((e) => e.action)).toEqual(["article.created"]);

    const byClaim = await listAuditEvents({ claimId }, manager);
    expect(byClaim.events.every((e) => e.claimId === claimId)).toBe(true);
    expect(byClaim.events).toHaveLength(7);

    const created = await listAuditEvents({ action: "article.created" }, manager);
    expect(created.events).toHaveLength(6);

    const byChecker = await listAuditEvents({ actorId: checker.id }, manager);
    expect(byChecker.events.map((e) => e.action)).toEqual(["source.edited", "source.added", "source.added"]);

    const system = await listAuditEvents({ actorId: "system" }, manager);
    expect(system.events).toHaveLength(1);
    expect(system.events[0]).toMatchObject({
      actor: null,
      action: "auth.sign_in_failed",
      after: { emails: ["nobody@newsroom.org"], count: 1 },
      reason: "1 failed sign-in (unknown email ×1)",
    });
    expect(JSON.stringify(system.events[0])).not.toContain("guess");

    const today = new Date().toISOString().slice(0, 10);
    const all = await db.auditEvent.count();
    expect((await listAuditEvents({ from: today, to: today, limit: 200 }, manager)).events).toHaveLength(all);
    expect((await listAuditEvents({ to: "2000-01-01" }, manager)).events).toHaveLength(0);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await listAuditEvents({ from: future }, manager)).events).toHaveLength(0);
  });

  it("refuses bad filters with field issues", async () => {
    const error = await caught(
      listAuditEvents({ actorId: "bob", limit: "500", from: "yesterday", cursor: "x" }, manager),
    );
    expect(error.code).toBe("validation");
    expect(error.issues?.map((i) => i.path).sort()).toEqual(["actorId", "cursor", "from", "limit"]);
  });

  it("pages with a keyset cursor, without duplicates or skips", async () => {
    const expected = (await db.auditEvent.findMany({ orderBy: { seq: "desc" }, select: { seq: true } })).map(
      (e) => e.seq,
    );
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditEvents({ limit: "4", ...(cursor ? { cursor } : {}) }, manager);
      seen.push(...page.events.map((e) => e.seq));
      cursor = page.nextCursor ?? undefined;
      pages++;
      // New events appended while paging do not shift later pages.
      if (pages === 2) await createArticle({ title: "Late", text: TEXT }, editor);
    } while (cursor);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 4));
  });
});

describe("getClaimTimeline", () => {
  const sourceEvents = (events: AuditEventView[]) => events.filter((e) => e.action.startsWith("source."));

  it("lists the claim's events oldest first, leaving out a sensitive source's for an editor", async () => {
    const { events } = await getClaimTimeline(claimId, editor);
    expect(events.map((e) => e.action)).toEqual([
      "claim.created",
      "claim.assigned",
      "claim.status_changed",
      "source.added",
      "comment.added",
    ]);
    const [publicAdd] = sourceEvents(events);
    expect(publicAdd?.after).toMatchObject({ title: "Public report" });
    // Not even that a hidden source exists: no event, no id, no redaction marker.
    expect(JSON.stringify(events)).not.toContain("Whistleblower");
    expect(JSON.stringify(events)).not.toContain(sensitiveSourceId);
    expect(JSON.stringify(events)).not.toContain("redacted");
  });

  it("shows sensitive sources to a checker", async () => {
    const { events } = await getClaimTimeline(claimId, checker);
    const [, secretAdd, secretEdit] = sourceEvents(events);
    expect(secretAdd?.after).toMatchObject({ sourceId: sensitiveSourceId, title: "Whistleblower memo" });
    expect(secretEdit?.after).toMatchObject({ note: "Met in person" });
  });

  it("is a 404 for an unknown claim", async () => {
    expect((await caught(getClaimTimeline(randomUUID(), editor))).code).toBe("not_found");
  });
});

describe("exportAuditEvents", () => {
  it("writes JSON Lines, oldest first, that re-verify (redacted rows trusted by their hash)", async () => {
    const text = await readAll(exportAuditEvents({}, "jsonl", manager));
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(await countAuditEvents({}, manager));
    let prevHash = GENESIS_HASH;
    let redacted = 0;
    for (const [i, line] of lines.entries()) {
      expect(line.seq).toBe(i + 1);
      expect(line.prevHash).toBe(prevHash);
      if (line.redacted === true) {
        redacted++;
        expect(line.after).toEqual({ redacted: "sensitive source" });
      } else {
        expect("redacted" in line).toBe(false);
        expect(hashEvent(line as unknown as Parameters<typeof hashEvent>[0], prevHash)).toBe(line.hash);
      }
      prevHash = line.hash as string;
    }
    expect(redacted).toBe(2);
    expect(text).not.toContain("Whistleblower");
    expect(Object.keys(lines[0] ?? {})).toEqual([
      "seq",
      "at",
      "actorId",
      "action",
      "articleId",
      "claimId",
      "before",
      "after",
      "reason",
      "prevHash",
      "hash",
    ]);
  });

  it("applies the filters", async () => {
    const text = await readAll(exportAuditEvents({ claimId, limit: 1, cursor: "1" }, "jsonl", manager));
    const lines = text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as { claimId: string });
    expect(lines).toHaveLength(7);
    expect(lines.every((l) => l.claimId === claimId)).toBe(true);
    expect(await countAuditEvents({ claimId }, manager)).toBe(7);
  });

  it("exports exactly the events of a time range, oldest first, and nothing for an empty one", async () => {
    const all = await db.auditEvent.findMany({ orderBy: { seq: "asc" }, select: { seq: true, at: true } });
    const middle = all[Math.floor(all.length / 2)];
    if (!middle) throw new Error("no events");
    const from = middle.at.toISOString();
    const expected = all.filter((e) => e.at >= middle.at).map((e) => e.seq);
    const text = await readAll(exportAuditEvents({ from }, "jsonl", manager));
    const seqs = text
      .trimEnd()
      .split("\n")
      .map((l) => (JSON.parse(l) as { seq: number }).seq);
    expect(seqs).toEqual(expected);
    expect(await readAll(exportAuditEvents({ from: "2999-01-01" }, "jsonl", manager))).toBe("");
    expect(await readAll(exportAuditEvents({ to: "2000-01-01" }, "csv", manager))).toBe(
      `${AUDIT_EXPORT_COLUMNS.join(",")}\r\n`,
    );
  });

  it("writes CSV with a header and RFC 4180 quoting", async () => {
    const text = await readAll(exportAuditEvents({ action: "comment.added" }, "csv", manager));
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      "seq",
      "at",
      "actorId",
      "action",
      "articleId",
      "claimId",
      "before",
      "after",
      "reason",
      "context",
      "prevHash",
      "hash",
      "redacted",
    ]);
    expect(rows).toHaveLength(2);
    const row = rows[1] ?? [];
    expect(row).toHaveLength(13);
    expect(row[3]).toBe("comment.added");
    expect(row[6]).toBe("null");
    expect((JSON.parse(row[7] ?? "") as { body: string }).body).toBe(TRICKY);
    expect(row[9]).toBe(""); // written by a script: no request context
    expect(row[12]).toBe("false");
    // The raw field is quoted, with inner quotes doubled (key order is the engine's).
    expect(text).toContain('""body"":""Check \\""11 days\\"", again,\\nplease""');
    expect(text).toMatch(/,"\{""/);
    // A raw newline (e.g. in a reason) is quoted too.
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField("plain")).toBe("plain");
  });

  it("refuses an unknown format", () => {
    expect(() => exportAuditEvents({}, "xml" as "csv", manager)).toThrow(/csv or jsonl/);
  });
});
