import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";
import { getPlainText } from "./plain-text";
import {
  ID_A,
  ID_B,
  ID_C,
  bold,
  br,
  claim,
  doc,
  h,
  italic,
  li,
  link,
  ol,
  p,
  quote,
  t,
  ul,
} from "./testing/build-doc";

describe("getPlainText", () => {
  it("puts exactly one newline between textblocks, none at the ends", () => {
    expect(getPlainText(doc(h(1, t("Title")), p(t("One")), p(t("Two"))))).toBe("Title\nOne\nTwo");
  });

  it("applies the same rule inside lists and blockquotes", () => {
    const d = doc(
      p(t("Intro")),
      ul(li(p(t("a"))), li(p(t("b")), ul(li(p(t("b1")))))),
      quote(p(t("q1")), p(t("q2"))),
      ol(li(p(t("x")))),
      p(t("End")),
    );
    expect(getPlainText(d)).toBe("Intro\na\nb\nb1\nq1\nq2\nx\nEnd");
  });

  it("counts a hard break as one newline and keeps empty paragraphs as empty lines", () => {
    expect(getPlainText(doc(p(t("a"), br(), t("b")), p(), p(t("c"))))).toBe("a\nb\n\nc");
  });

  it("is empty for empty documents", () => {
    expect(getPlainText({ type: "doc", content: [] })).toBe("");
    expect(getPlainText({ type: "doc" })).toBe("");
    expect(getPlainText(doc(p()))).toBe("");
  });
});

describe("extractClaims", () => {
  it("extracts a single claim with offsets, quote and context", () => {
    const d = doc(p(t("The state fell in just "), t("11 days", claim(ID_A)), t(" in 2021.")));
    const { text, claims, strays } = extractClaims(d);
    expect(text).toBe("The state fell in just 11 days in 2021.");
    expect(claims).toEqual([
      {
        id: ID_A,
        quote: "11 days",
        start: 23,
        end: 30,
        prefix: "The state fell in just ",
        suffix: " in 2021.",
      },
    ]);
    expect(strays).toEqual([]);
  });

  it("handles an inner claim inside an outer one (overlap)", () => {
    const d = doc(
      p(
        t("killed "),
        t("over 113 people including ", claim(ID_A)),
        t("13 US servicemen", claim(ID_A), claim(ID_B)),
        t(", 28 Taliban", claim(ID_A)),
        t(" and more."),
      ),
    );
    const { claims } = extractClaims(d);
    expect(claims.map((c) => [c.id, c.quote, c.start, c.end])).toEqual([
      [ID_A, "over 113 people including 13 US servicemen, 28 Taliban", 7, 61],
      [ID_B, "13 US servicemen", 33, 49],
    ]);
  });

  it("orders claims with the same start outer first", () => {
    const d = doc(p(t("13 US", claim(ID_B), claim(ID_A)), t(" servicemen", claim(ID_A))));
    const { claims } = extractClaims(d);
    expect(claims.map((c) => [c.id, c.quote])).toEqual([
      [ID_A, "13 US servicemen"],
      [ID_B, "13 US"],
    ]);
  });

  it("is not split by bold or a link inside the claim", () => {
    const d = doc(
      p(
        t("Saleh took charge ", claim(ID_A)),
        t("in October 2020", claim(ID_A), bold),
        t(" of ", claim(ID_A)),
        t("Kabul security", claim(ID_A), link("https://example.com"), italic),
        t(", reports say."),
      ),
    );
    const { claims, strays } = extractClaims(d);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.quote).toBe("Saleh took charge in October 2020 of Kabul security");
    expect(strays).toEqual([]);
  });

  it("keeps a claim crossing a paragraph boundary as one range over the newline", () => {
    const d = doc(
      p(t("First "), t("end of one", claim(ID_A))),
      p(t("start of two", claim(ID_A)), t(" rest")),
    );
    const { text, claims, strays } = extractClaims(d);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.quote).toBe("end of one\nstart of two");
    expect(text.slice(claims[0]?.start, claims[0]?.end)).toBe("end of one\nstart of two");
    expect(strays).toEqual([]);
  });

  it("keeps a claim crossing into a list item as one range", () => {
    const d = doc(p(t("lead", claim(ID_A))), ul(li(p(t("item", claim(ID_A))))));
    expect(extractClaims(d).claims.map((c) => c.quote)).toEqual(["lead\nitem"]);
  });

  it("treats a second range of the same id as a stray (pasted copy)", () => {
    const d = doc(p(t("11 days", claim(ID_A)), t(" and again ")), p(t("11 days", claim(ID_A))));
    const { claims, strays } = extractClaims(d);
    expect(claims.map((c) => [c.quote, c.start, c.end])).toEqual([["11 days", 0, 7]]);
    expect(strays).toEqual([{ id: ID_A, start: 19, end: 26 }]);
  });

  it("splits ranges separated by unmarked text or an unmarked hard break", () => {
    const d = doc(p(t("ab", claim(ID_A)), br(), t("cd", claim(ID_A))));
    const { claims, strays } = extractClaims(d);
    expect(claims.map((c) => c.quote)).toEqual(["ab"]);
    expect(strays).toEqual([{ id: ID_A, start: 3, end: 5 }]);
  });

  it("includes a marked hard break in the quote", () => {
    const d = doc(p(t("ab", claim(ID_A)), br(claim(ID_A)), t("cd", claim(ID_A))));
    expect(extractClaims(d).claims.map((c) => c.quote)).toEqual(["ab\ncd"]);
  });

  it("prefers the range matching the known quote", () => {
    const d = doc(p(t("pasted copy", claim(ID_A)), t(" then ")), p(t("original claim", claim(ID_A))));
    const { claims, strays } = extractClaims(d, { knownQuotes: new Map([[ID_A, "original claim"]]) });
    expect(claims.map((c) => [c.quote, c.start])).toEqual([["original claim", 18]]);
    expect(strays).toEqual([{ id: ID_A, start: 0, end: 11 }]);
  });

  it("falls back to the first range when no range matches the known quote", () => {
    const d = doc(p(t("first", claim(ID_A)), t(" x "), t("second", claim(ID_A))));
    const { claims, strays } = extractClaims(d, { knownQuotes: new Map([[ID_A, "edited away"]]) });
    expect(claims.map((c) => c.quote)).toEqual(["first"]);
    expect(strays).toEqual([{ id: ID_A, start: 8, end: 14 }]);
  });

  it("uses UTF-16 offsets consistently with non-ASCII text", () => {
    const d = doc(
      p(t("Café 🇦🇫 news: ")),
      p(
        t("Naïve “", bold),
        t("11 days", claim(ID_A)),
        t("” — 😀 ", claim(ID_B)),
        t("résumé", claim(ID_B), claim(ID_C)),
      ),
    );
    const { text, claims } = extractClaims(d);
    expect(claims).toHaveLength(3);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
    expect(claims.map((c) => c.quote)).toEqual(["11 days", "” — 😀 résumé", "résumé"]);
    expect(claims[0]?.start).toBe("Café 🇦🇫 news: \nNaïve “".length);
  });

  it("returns nothing for empty documents", () => {
    expect(extractClaims({ type: "doc", content: [] })).toEqual({ text: "", claims: [], strays: [] });
    expect(extractClaims(doc(p()))).toEqual({ text: "", claims: [], strays: [] });
  });

  it("truncates prefix and suffix to 32 characters", () => {
    const before = "a".repeat(40);
    const after = "b".repeat(40);
    const { claims } = extractClaims(doc(p(t(before), t("X", claim(ID_A)), t(after))));
    expect(claims[0]?.prefix).toBe("a".repeat(32));
    expect(claims[0]?.suffix).toBe("b".repeat(32));
  });

  it("does not cut an emoji in half at the context edge", () => {
    // 31 "a" + "😀" puts the emoji's high surrogate at the 32nd code unit of the suffix.
    const { claims } = extractClaims(doc(p(t("X", claim(ID_A)), t(`${"a".repeat(31)}😀tail`))));
    expect(claims[0]?.suffix).toBe("a".repeat(31));
  });

  it("takes context across block boundaries", () => {
    const { claims } = extractClaims(doc(p(t("Before")), p(t("claim", claim(ID_A))), p(t("After"))));
    expect(claims[0]).toMatchObject({ prefix: "Before\n", suffix: "\nAfter" });
  });
});
