import { describe, expect, it } from "vitest";
import { getPlainText } from "./plain-text";
import { parseDocument } from "./parse-document";
import { bold, br, doc, h, italic, li, link, p, quote, t, ul } from "./testing/build-doc";
import { convertTextToDoc } from "./text-to-doc";
import type { DocJSON, NodeJSON } from "./types";

const LINK_DEFAULTS = { target: "_blank", rel: "noopener noreferrer nofollow", class: null, title: null };

function fullLink(href: string) {
  return { type: "link", attrs: { href, ...LINK_DEFAULTS } };
}

function expectValid(d: DocJSON): void {
  const parsed = parseDocument(d);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) expect(parsed.doc).toEqual(d);
}

describe("convertTextToDoc (txt)", () => {
  it("splits paragraphs on blank lines, trims, keeps single newlines as hard breaks", () => {
    const input =
      "  KABUL, May 21, 2024 \r\nBy a correspondent\r\n\r\n\r\n  The state fell in just 11 days.  \n \n";
    const d = convertTextToDoc(input);
    expect(d).toEqual(
      doc(
        p(t("KABUL, May 21, 2024"), br(), t("By a correspondent")),
        p(t("The state fell in just 11 days.")),
      ),
    );
    expect(getPlainText(d)).toBe("KABUL, May 21, 2024\nBy a correspondent\nThe state fell in just 11 days.");
    expectValid(d);
  });

  it("keeps markup as literal text and drops control characters", () => {
    const d = convertTextToDoc("<script>alert(1)</script> **not bold**\u0000");
    expect(d).toEqual(doc(p(t("<script>alert(1)</script> **not bold**"))));
  });

  it("produces one empty paragraph for empty input", () => {
    expect(convertTextToDoc("")).toEqual(doc(p()));
    expect(convertTextToDoc(" \n\n \n")).toEqual(doc(p()));
  });
});

describe("convertTextToDoc (md)", () => {
  const md = (text: string) => convertTextToDoc(text, { format: "md" });

  it("converts headings, clamping deeper levels to 3", () => {
    expect(md("# Title\n## Section\n#### Deep ##")).toEqual(
      doc(h(1, t("Title")), h(2, t("Section")), h(3, t("Deep"))),
    );
  });

  it("converts bold, italic and allowed links", () => {
    const d = md('Some **bold**, *italic*, _also italic_ and [a source](https://example.com/x "t").');
    expect(d.content?.[0]?.content).toEqual([
      t("Some "),
      t("bold", bold),
      t(", "),
      t("italic", italic),
      t(", "),
      t("also italic", italic),
      t(" and "),
      { type: "text", text: "a source", marks: [fullLink("https://example.com/x")] },
      t("."),
    ]);
    expectValid(d);
  });

  // Link has Tiptap priority 1000, so ProseMirror ranks it before bold.
  it("nests marks and does not double them", () => {
    const d = md("**bold with *italic* inside** and [**bold link**](mailto:desk@example.com)");
    expect(d.content?.[0]?.content).toEqual([
      t("bold with ", bold),
      t("italic", bold, italic),
      t(" inside", bold),
      t(" and "),
      { type: "text", text: "bold link", marks: [fullLink("mailto:desk@example.com"), { type: "bold" }] },
    ]);
  });

  it("drops disallowed links but keeps their label, and leaves HTML as text", () => {
    expect(md("[click](javascript:alert(1)) <b>x</b>")).toEqual(doc(p(t("click <b>x</b>"))));
  });

  it("leaves snake_case, lone stars and escapes alone", () => {
    expect(md("snake_case_name 2 * 3 = 6 \\*literal\\*")).toEqual(
      doc(p(t("snake_case_name 2 * 3 = 6 *literal*"))),
    );
  });

  it("joins soft line breaks with a space and honours hard breaks", () => {
    expect(md("one\ntwo  \nthree\\\nfour")).toEqual(doc(p(t("one two"), br(), t("three"), br(), t("four"))));
  });

  it("converts bullet and ordered lists", () => {
    const d = md("- first\n* second\n  continued\n\n- third\n\n3. alpha\n4) beta");
    const items = (...texts: string[]): NodeJSON[] => texts.map((x) => li(p(t(x))));
    expect(d).toEqual(
      doc(ul(...items("first", "second continued", "third")), {
        type: "orderedList",
        attrs: { start: 3, type: null },
        content: items("alpha", "beta"),
      }),
    );
    expectValid(d);
  });

  it("converts blockquotes with their own blocks", () => {
    const d = md("> quoted *line*\n> still quoted\n>\n> - a list\n\nafter");
    expect(d).toEqual(
      doc(
        quote(p(t("quoted "), t("line", italic), t(" still quoted")), ul(li(p(t("a list"))))),
        p(t("after")),
      ),
    );
    expectValid(d);
  });

  it("drops thematic breaks and survives pathological input", () => {
    expect(md("a\n\n---\n\nb")).toEqual(doc(p(t("a")), p(t("b"))));
    const deepQuote = md(`${">".repeat(200)} deep`);
    expect(parseDocument(deepQuote).ok).toBe(true);
    const manyStars = md(`${"**_".repeat(2000)}x${"_**".repeat(2000)}`);
    expect(parseDocument(manyStars).ok).toBe(true);
  });

  it("links inline links with a helper matching the schema", () => {
    expect(md("[x](https://a.example)").content?.[0]).toEqual(
      p({ ...t("x"), marks: [fullLink("https://a.example")] }),
    );
    expect(link("https://a.example").type).toBe("link");
  });
});
