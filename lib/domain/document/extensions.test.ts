import { describe, expect, it } from "vitest";
import { CLAIM_MARK, documentExtensions, getDocumentSchema } from "./extensions";
import { isAllowedHref } from "./link-policy";

describe("getDocumentSchema", () => {
  it("builds in plain Node and is cached", () => {
    expect(getDocumentSchema()).toBe(getDocumentSchema());
    expect(documentExtensions.length).toBeGreaterThan(0);
  });

  it("has exactly the newsroom nodes and marks", () => {
    const schema = getDocumentSchema();
    expect(Object.keys(schema.nodes).sort()).toEqual(
      [
        "blockquote",
        "bulletList",
        "doc",
        "hardBreak",
        "heading",
        "listItem",
        "orderedList",
        "paragraph",
        "text",
      ].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(["bold", "claim", "italic", "link"]);
  });

  it("defines the claim mark as overlapping, non-inclusive, spanning, with a required id", () => {
    const claim = getDocumentSchema().marks[CLAIM_MARK];
    expect(claim?.spec.excludes).toBe("");
    expect(claim?.spec.inclusive).toBe(false);
    expect(claim?.spec.spanning).toBe(true);
    expect(Object.keys(claim?.spec.attrs ?? {})).toEqual(["id"]);
    expect(claim?.spec.attrs?.id && "default" in claim.spec.attrs.id).toBe(false);
    expect(() => claim?.create({})).toThrow(/id/);
  });

  it("renders a claim as <mark data-claim-id class=claim>", () => {
    const schema = getDocumentSchema();
    const mark = schema.marks[CLAIM_MARK]?.create({ id: "x" });
    const spec = mark ? schema.marks[CLAIM_MARK]?.spec.toDOM?.(mark, true) : undefined;
    expect(spec).toEqual(["mark", { "data-claim-id": "x", class: "claim" }, 0]);
  });

  it("gives links safe rel defaults", () => {
    const attrs = getDocumentSchema().marks.link?.spec.attrs;
    expect(attrs?.rel?.default).toBe("noopener noreferrer nofollow");
  });
});

describe("isAllowedHref", () => {
  it.each([
    ["https://example.com/a?b=1", true],
    ["http://example.com", true],
    ["mailto:desk@example.com", true],
    ["HTTPS://EXAMPLE.COM", true],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(1)", false],
    [" javascript:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["data:text/html,<script>", false],
    ["ftp://example.com", false],
    ["//example.com", false],
    ["/relative", false],
    ["example.com", false],
    ["", false],
  ])("%j -> %s", (href, expected) => {
    expect(isAllowedHref(href)).toBe(expected);
  });
});
