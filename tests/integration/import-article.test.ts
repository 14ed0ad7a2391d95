import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createArticle } from "@/lib/server/articles/create-article";
import { getPlainText } from "@/lib/domain/document/plain-text";
import type { DocJSON, NodeJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";
import { buildDocx, commented, deleted, inserted, para, picture, run, table } from "@/tests/support/docx";

let editor: Actor;

beforeAll(async () => {
  editor = await makeUser("EDITOR", "Erin Editor");
});

const blocks = (doc: DocJSON) =>
  (doc.content ?? []).map((b) => (b.type === "heading" ? `h${String(b.attrs?.level)}` : b.type));
const allNodes = (node: NodeJSON): NodeJSON[] => [node, ...(node.content ?? []).flatMap(allNodes)];
const markNames = (doc: DocJSON) => new Set(allNodes(doc).flatMap((n) => (n.marks ?? []).map((m) => m.type)));

async function counts() {
  const [articles, events] = await Promise.all([db.article.count(), db.auditEvent.count()]);
  return { articles, events };
}

describe("importing a Word .docx file", () => {
  it("takes the title from the Title paragraph, keeps headings, bold and italic, and lists what it dropped", async () => {
    const body = [
      para("Kabul fell in 11 days", "Title"),
      para("The advance", "Heading1"),
      para([
        run("The Taliban took "),
        run("Kandahar", { bold: true }),
        run(" on "),
        run("13 August", { italic: true }),
        run("."),
      ]),
      para([
        run("Officials said "),
        inserted(1, "at least "),
        run("113 people"),
        deleted(2, " almost 200 people"),
        run(" died."),
      ]),
      para([run("The airport "), commented(0, "stayed open"), run(" for two weeks.")]),
      table([
        ["City", "Fell on"],
        ["Herat", "12 August"],
      ]),
      para([run("Map: "), picture()]),
      para("A paragraph in the newsroom's own style.", "Kicker"),
    ].join("");
    const article = await createArticle(
      { title: "", format: "docx", text: await buildDocx(body, ["Check this"]), fileName: "draft-v2.docx" },
      editor,
    );

    expect(article.title).toBe("Kabul fell in 11 days");
    expect(blocks(article.doc).slice(0, 1)).toEqual(["h1"]);
    const text = getPlainText(article.doc);
    expect(text).toContain("The Taliban took Kandahar on 13 August.");
    // Tracked changes as accepted: the insertion in, the deletion out.
    expect(text).toContain("Officials said at least 113 people died.");
    expect(text).not.toContain("almost 200");
    // A table's cells each become a paragraph; the comment's text is not imported.
    expect(text).toContain("City\nFell on\nHerat\n12 August");
    expect(text).not.toContain("Check this");
    expect(markNames(article.doc)).toEqual(new Set(["bold", "italic"]));

    expect(article.importNotices.map((n) => [n.kind, n.count])).toEqual([
      ["tracked_changes", 2],
      ["comments", 1],
      ["images", 1],
      ["tables", 1],
      ["unknown_styles", 1],
    ]);
    expect(article.importNotices.at(-1)?.message).toContain("Kicker");

    const event = await db.auditEvent.findFirstOrThrow({
      where: { articleId: article.id, action: "article.created" },
    });
    expect(event.after).toMatchObject({
      title: "Kabul fell in 11 days",
      imported: { format: "docx", fileName: "draft-v2.docx" },
    });
    expect((event.after as { imported: { dropped: string[] } }).imported.dropped).toHaveLength(5);
  });

  it("takes the title from the file's name when the document does not open with one", async () => {
    const text = await buildDocx(para("Only a paragraph."));
    const article = await createArticle(
      { format: "docx", text, fileName: "kabul_fell-in-11-days.docx" },
      editor,
    );
    expect(article.title).toBe("Kabul fell in 11 days");
    expect(article.importNotices).toEqual([]);
  });

  it("refuses, writing nothing, a file that is not a .docx, an old .doc, a damaged one and an empty one", async () => {
    const before = await counts();
    const good = await buildDocx(para("Fine."));
    const cases: [Uint8Array, string][] = [
      [
        new TextEncoder().encode("just text, named .docx"),
        "This file is not a Word document (.docx), whatever its name says.",
      ],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        "This is an older Word .doc file. Open it in Word, save it as .docx, and import that.",
      ],
      [
        good.slice(0, Math.floor(good.length / 2)),
        "This .docx file could not be read: it may be damaged. Open it in Word and save it again.",
      ],
      [await buildDocx(para([picture()])), "The file has no text to import."],
    ];
    for (const [text, message] of cases) {
      const error = await caught(createArticle({ title: "Bad", format: "docx", text }, editor));
      expect(error).toBeInstanceOf(AppError);
      expect(error.message).toBe(message);
      expect(error.status).toBe(422);
    }
    expect(await counts()).toEqual(before);
  });

  it("takes base64 in JSON, as the API does", async () => {
    const bytes = await buildDocx(para("From the API."));
    const article = await createArticle(
      { title: "Over JSON", format: "docx", text: Buffer.from(bytes).toString("base64") },
      editor,
    );
    expect(getPlainText(article.doc)).toBe("From the API.");
  });
});

describe("importing HTML: a file or a paste from Word or Google Docs", () => {
  it("keeps the schema's structure and nothing executable, and says what went", async () => {
    const html = `<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>
      <h1>Headline from the file</h1>
      <h4>A deep heading</h4>
      <p onclick="steal()">Casualties were <b>over 113</b>, said <a href="https://example.org/r" style="color:red">the report</a>
        and <a href="javascript:alert(1)">this link</a>.</p>
      <p><u>Underlined</u> and <sup>1</sup> <img src="https://tracker.example/x.png"></p>
      <ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul>
      <iframe src="https://evil.example"></iframe><hr>
      <mark data-claim-id="0b7c3c39-1a4b-4bf5-9a9f-000000000001">not a claim</mark>
    </body></html>`;
    const article = await createArticle({ format: "html", text: html }, editor);
    expect(article.title).toBe("Headline from the file");
    expect(blocks(article.doc)).toEqual(["h3", "paragraph", "paragraph", "bulletList", "paragraph"]);
    const text = getPlainText(article.doc);
    expect(text).toContain("Casualties were over 113, said the report and this link.");
    expect(text).not.toMatch(/alert|steal|color/);
    expect(article.claims).toEqual([]);
    const links = allNodes(article.doc).flatMap((n) => (n.marks ?? []).filter((m) => m.type === "link"));
    expect(links.map((l) => l.attrs?.href)).toEqual(["https://example.org/r"]);
    expect(markNames(article.doc)).toEqual(new Set(["bold", "link"]));
    expect(Object.fromEntries(article.importNotices.map((n) => [n.kind, n.count]))).toEqual({
      images: 1,
      embedded: 2,
      links: 1,
      formatting: 3,
      rules: 1,
    });
  });

  it("reads Google Docs' pasted styles as bold and italic, not the whole paste as bold", async () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:400;">Kabul fell in </span><span style="font-weight:700;">11 days</span><span style="font-style:italic;font-weight:400;">, officials said</span></p></b>';
    const article = await createArticle({ title: "Pasted from Docs", format: "html", text: html }, editor);
    const inline = article.doc.content?.[0]?.content ?? [];
    expect(inline.map((n) => [n.text, (n.marks ?? []).map((m) => m.type)])).toEqual([
      ["Kabul fell in ", []],
      ["11 days", ["bold"]],
      [", officials said", ["italic"]],
    ]);
  });

  it("flattens an HTML table to one paragraph a cell", async () => {
    const html =
      "<table><tr><th>City</th><th>Fell on</th></tr><tr><td>Herat</td><td><p>12 August</p></td></tr></table>";
    const article = await createArticle({ title: "Table", format: "html", text: html }, editor);
    expect(getPlainText(article.doc)).toBe("City\nFell on\nHerat\n12 August");
    expect(blocks(article.doc)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
  });

  it("drops Word's pasted bullet characters", async () => {
    const html =
      '<p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span style="font:7.0pt">&nbsp;&nbsp;</span></span>Herat fell on 12 August</p>';
    const article = await createArticle({ title: "Pasted from Word", format: "html", text: html }, editor);
    expect(getPlainText(article.doc)).toBe("Herat fell on 12 August");
  });

  it("refuses a binary file named .html and text over the article limit", async () => {
    const binary = await caught(
      createArticle({ title: "x", format: "html", text: "PK\u0003\u0004\u0000\u0000" }, editor),
    );
    expect(binary.message).toBe("This file is not an HTML document, whatever its name says.");
    const long = `<p>${"a".repeat(1_000_001)}</p>`;
    const tooLong = await caught(createArticle({ title: "x", format: "html", text: long }, editor));
    expect(tooLong.status).toBe(413);
    // Exactly at the limit it is taken.
    const atLimit = await createArticle(
      { title: "At the limit", format: "html", text: `<p>${"a".repeat(1_000_000)}</p>` },
      editor,
    );
    expect(getPlainText(atLimit.doc)).toHaveLength(1_000_000);
  });
});
