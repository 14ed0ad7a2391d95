import { describe, expect, it } from "vitest";
import { articleQueryFromSearchParams, ZArticleListQuery } from "@/lib/validation/article-list";

describe("the desk's tag filter from the URL", () => {
  it("reads no filter from the form's empty “Any tag” (tag=)", () => {
    const raw = articleQueryFromSearchParams(new URLSearchParams("q=kabul&tag="));
    expect(raw.tag).toBeUndefined();
    expect(ZArticleListQuery.parse(raw).tag).toEqual([]);
  });

  it("keeps repeated tags, each cleaned, one per spelling", () => {
    const raw = articleQueryFromSearchParams(new URLSearchParams("tag=Kabul&tag=%20kabul%20&tag=ISKP"));
    expect(ZArticleListQuery.parse(raw).tag).toEqual([
      { name: "Kabul", key: "kabul" },
      { name: "ISKP", key: "iskp" },
    ]);
  });

  it("refuses a name that breaks the tag rules, naming the filter", () => {
    const result = ZArticleListQuery.safeParse({ tag: "x".repeat(41) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^Tag filter: Keep each tag to 40 characters/);
  });
});
