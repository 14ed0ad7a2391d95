import { describe, expect, it } from "vitest";
import { highlight, snippet } from "@/lib/domain/search/highlight";
import { parseSearchTerms, toFts5Query, toTsQuery } from "@/lib/domain/search/terms";

describe("parseSearchTerms", () => {
  it("keeps letters and digits as words and drops full-text syntax", () => {
    expect(parseSearchTerms('"Bagram" AND -base* NEAR( (13').words).toEqual([
      "bagram",
      "and",
      "base",
      "near",
      "13",
    ]);
    expect(parseSearchTerms("*** -- ()").words).toEqual([]);
  });

  it("matches the last word as a prefix unless the query ends in a space", () => {
    expect(parseSearchTerms("Bagr").prefixLast).toBe(true);
    expect(parseSearchTerms("Bagram ").prefixLast).toBe(false);
  });

  it("writes engine queries in which every word is a quoted literal", () => {
    const terms = parseSearchTerms("kabul o'neil bagr");
    expect(toFts5Query(terms)).toBe('"kabul" AND "o" AND "neil" AND "bagr"*');
    expect(toTsQuery(terms)).toBe("'kabul' & 'o' & 'neil' & 'bagr':*");
  });
});

describe("highlight and snippet", () => {
  it("marks whole words, the last one also as a prefix, ignoring case and diacritics", () => {
    const terms = parseSearchTerms("saleh bagr");
    expect(highlight("Amrullah Sāleh left Bagram; bagrams, not abagram.", terms)).toEqual([
      { text: "Amrullah ", match: false },
      { text: "Sāleh", match: true },
      { text: " left ", match: false },
      { text: "Bagram", match: true },
      { text: "; ", match: false },
      { text: "bagrams", match: true },
      { text: ", not abagram.", match: false },
    ]);
  });

  it("cuts a long text to a window around the first match, with ellipses", () => {
    const text = `${"lorem ipsum ".repeat(50)}the Bagram base was vacated ${"dolor sit ".repeat(50)}`;
    const segments = snippet(text, parseSearchTerms("bagram"), 120);
    expect(segments[0]).toEqual({ text: "…", match: false });
    expect(segments.at(-1)).toEqual({ text: "…", match: false });
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["Bagram"]);
    expect(segments.map((s) => s.text).join("").length).toBeLessThanOrEqual(122);
  });
});
