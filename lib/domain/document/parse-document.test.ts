import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_DEPTH } from "./document-size";
import { ZDocJSON, parseDocument, type DocumentIssue } from "./parse-document";
import { ID_A, bold, claim, doc, h, li, link, p, t, ul } from "./testing/build-doc";
import type { NodeJSON } from "./types";

function expectIssues(json: unknown): DocumentIssue[] {
  const result = parseDocument(json);
  if (result.ok) throw new Error("expected parseDocument to reject the document");
  return result.issues;
}

describe("parseDocument accepts", () => {
  it("a valid article and returns the normalised JSON with defaults filled in", () => {
    const input = doc(
      h(1, t("Title")),
      p(t("Say "), t("11 days", claim(ID_A), bold), t(" "), t("link", link("https://example.com"))),
      ul(li(p(t("item")))),
    );
    const result = parseDocument(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.node.type.name).toBe("doc");
    expect(result.node.textContent).toBe("TitleSay 11 days linkitem");
    const linkMark = result.doc.content?.[1]?.content?.[3]?.marks?.[0];
    expect(linkMark).toEqual({
      type: "link",
      attrs: {
        href: "https://example.com",
        target: "_blank",
        rel: "noopener noreferrer nofollow",
        class: null,
        title: null,
      },
    });
  });

  it("uppercase UUIDs, kept exactly as sent", () => {
    const upper = ID_A.toUpperCase();
    const result = parseDocument(doc(p(t("x", claim(upper)))));
    expect(result.ok && result.doc.content?.[0]?.content?.[0]?.marks).toEqual([claim(upper)]);
  });

  it("overlapping claims of different ids", () => {
    const other = "00000000-0000-4000-8000-000000000000";
    expect(parseDocument(doc(p(t("x", claim(ID_A), claim(other))))).ok).toBe(true);
  });
});

describe("parseDocument rejects", () => {
  it("a bad root", () => {
    expect(expectIssues({ type: "paragraph", content: [] })).toEqual([
      { path: "$.type", message: 'The root node must be of type "doc"' },
    ]);
    expect(expectIssues(null)[0]?.path).toBe("$");
    expect(expectIssues("<p>hi</p>")[0]?.path).toBe("$");
  });

  it("a script node type", () => {
    const issues = expectIssues(doc(p(t("a")), { type: "script", content: [t("alert(1)")] }));
    expect(issues).toEqual([{ path: "$.content[1].type", message: 'Unknown node type "script"' }]);
  });

  it("an unknown mark type", () => {
    const issues = expectIssues(doc(p(t("a", { type: "strike" }))));
    expect(issues).toEqual([
      { path: "$.content[0].content[0].marks[0].type", message: 'Unknown mark type "strike"' },
    ]);
  });

  it("an extra onclick attribute on a paragraph", () => {
    const issues = expectIssues(
      doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [t("a")] }),
    );
    expect(issues).toEqual([
      { path: "$.content[0].attrs.onclick", message: 'Unknown attribute "onclick" on node "paragraph"' },
    ]);
  });

  it("an extra onclick attribute on a mark", () => {
    const bad = { type: "claim", attrs: { id: ID_A, onclick: "alert(1)" } };
    const issues = expectIssues(doc(p(t("a", bad))));
    expect(issues).toEqual([
      {
        path: "$.content[0].content[0].marks[0].attrs.onclick",
        message: 'Unknown attribute "onclick" on mark "claim"',
      },
    ]);
  });

  it("prototype keys posing as attributes", () => {
    const issues = expectIssues(doc({ type: "paragraph", attrs: { constructor: "x" }, content: [t("a")] }));
    expect(issues[0]?.path).toBe("$.content[0].attrs.constructor");
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "vbscript:x", "/relative"])("a %s link", (href) => {
    const issues = expectIssues(doc(p(t("a", link(href)))));
    expect(issues).toEqual([
      {
        path: "$.content[0].content[0].marks[0].attrs.href",
        message: '"href" must be an absolute http, https or mailto URL',
      },
    ]);
  });

  it("a claim id that is not a UUID", () => {
    const issues = expectIssues(doc(p(t("a", claim("claim-1")))));
    expect(issues).toEqual([
      { path: "$.content[0].content[0].marks[0].attrs.id", message: '"id" must be a UUID' },
    ]);
  });

  it("a claim mark without an id", () => {
    const issues = expectIssues(doc(p(t("a", { type: "claim" }))));
    expect(issues).toEqual([
      { path: "$.content[0].content[0].marks[0].attrs", message: 'Missing required attribute "id"' },
    ]);
  });

  it("wrong attribute value types and values", () => {
    expect(
      expectIssues(doc(h(1, t("a")), { type: "heading", attrs: { level: "2" }, content: [t("b")] })),
    ).toEqual([{ path: "$.content[1].attrs.level", message: '"level" must be one of 1, 2, 3' }]);
    expect(expectIssues(doc({ type: "heading", attrs: { level: 4 }, content: [t("b")] }))[0]?.path).toBe(
      "$.content[0].attrs.level",
    );
    expect(
      expectIssues(doc({ type: "paragraph", attrs: { x: { nested: true } } } as unknown as NodeJSON))[0]
        ?.path,
    ).toBe("$.content[0].attrs.x");
  });

  it("text nodes without text or with empty text", () => {
    expect(expectIssues(doc(p({ type: "text" })))).toEqual([
      { path: "$.content[0].content[0]", message: "Text node without text" },
    ]);
    expect(expectIssues(doc(p(t(""))))).toEqual([
      { path: "$.content[0].content[0].text", message: "Text nodes must not be empty" },
    ]);
  });

  it("unknown keys on a node", () => {
    const issues = expectIssues(doc({ type: "paragraph", style: "x" } as NodeJSON));
    expect(issues[0]?.path).toBe("$.content[0]");
  });

  it("content that violates the schema, naming the innermost node", () => {
    expect(expectIssues(doc(t("bare text at block level")))[0]?.path).toBe("$");
    expect(expectIssues(doc(ul(li(h(1, t("x"))))))[0]?.path).toBe("$.content[0].content[0]");
    expect(expectIssues({ type: "doc", content: [] })[0]?.path).toBe("$");
    expect(expectIssues(doc(p(t("a", claim(ID_A), claim(ID_A)))))[0]?.path).toBe("$.content[0].content[0]");
  });

  it("a nested doc node", () => {
    expect(expectIssues(doc({ type: "doc", content: [p(t("a"))] }))[0]?.path).toBe("$.content[0].type");
  });

  it("documents nested too deeply", () => {
    let node: NodeJSON = p(t("deep"));
    for (let i = 0; i < MAX_DOCUMENT_DEPTH + 5; i += 1) node = { type: "blockquote", content: [node] };
    const issues = expectIssues(doc(node));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/deeper than 50/);
  });

  it("documents with too many nodes", () => {
    const paragraphs = Array.from({ length: 50_001 }, () => p(t("x")));
    const issues = expectIssues(doc(...paragraphs));
    expect(issues).toEqual([{ path: "$", message: "Document has more than 100000 nodes" }]);
  });
});

describe("ZDocJSON", () => {
  it("checks shape only", () => {
    expect(ZDocJSON.safeParse(doc(p(t("a")))).success).toBe(true);
    expect(ZDocJSON.safeParse({ type: "doc", content: [{ type: "madeUp" }] }).success).toBe(true);
    expect(ZDocJSON.safeParse({ type: "doc", content: "x" }).success).toBe(false);
  });
});
