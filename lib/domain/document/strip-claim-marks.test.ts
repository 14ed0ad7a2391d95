import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims";
import { parseDocument } from "./parse-document";
import { listClaimIds, removeClaimRanges, stripAllClaimMarks } from "./strip-claim-marks";
import { ID_A, ID_B, bold, claim, doc, p, t } from "./testing/build-doc";

describe("removeClaimRanges", () => {
  it("removes the stray copy and keeps the claim, text and other marks", () => {
    const d = doc(
      p(t("11 days", claim(ID_A)), t(" and again ")),
      p(t("11 ", claim(ID_A), bold), t("days", claim(ID_A), claim(ID_B))),
    );
    const { strays } = extractClaims(d);
    expect(strays).toEqual([{ id: ID_A, start: 19, end: 26 }]);
    const cleaned = removeClaimRanges(d, strays);
    expect(cleaned).toEqual(
      doc(p(t("11 days", claim(ID_A)), t(" and again ")), p(t("11 ", bold), t("days", claim(ID_B)))),
    );
    expect(extractClaims(cleaned).strays).toEqual([]);
    expect(extractClaims(cleaned).claims.map((c) => c.id)).toEqual([ID_A, ID_B]);
  });

  it("splits a text node only partly covered by the range", () => {
    const d = doc(p(t("abcdef", claim(ID_A))));
    expect(removeClaimRanges(d, [{ id: ID_A, start: 2, end: 4 }])).toEqual(
      doc(p(t("ab", claim(ID_A)), t("cd"), t("ef", claim(ID_A)))),
    );
  });

  it("merges neighbours that end up with the same marks", () => {
    const d = doc(p(t("ab"), t("cd", claim(ID_A)), t("ef")));
    expect(removeClaimRanges(d, [{ id: ID_A, start: 2, end: 4 }])).toEqual(doc(p(t("abcdef"))));
  });

  it("returns the document unchanged without strays", () => {
    const d = doc(p(t("a", claim(ID_A))));
    expect(removeClaimRanges(d, [])).toBe(d);
  });
});

describe("stripAllClaimMarks", () => {
  it("removes every claim mark and nothing else", () => {
    const d = doc(p(t("x "), t("bold", bold, claim(ID_A)), t(" y", claim(ID_B))));
    expect(stripAllClaimMarks(d)).toEqual(doc(p(t("x "), t("bold", bold), t(" y"))));
  });

  it("makes a marks-only change compare equal, and a text change not", () => {
    const before = parseDocument(doc(p(t("The state fell in just 11 days."))));
    const marked = parseDocument(doc(p(t("The state fell in just "), t("11 days", claim(ID_A)), t("."))));
    const edited = parseDocument(doc(p(t("The state fell in just "), t("12 days", claim(ID_A)), t("."))));
    if (!before.ok || !marked.ok || !edited.ok) throw new Error("fixtures must parse");
    const same = (a: typeof before.doc, b: typeof before.doc) =>
      JSON.stringify(stripAllClaimMarks(a)) === JSON.stringify(stripAllClaimMarks(b));
    expect(same(before.doc, marked.doc)).toBe(true);
    expect(same(before.doc, edited.doc)).toBe(false);
  });
});

describe("listClaimIds", () => {
  it("lists each id once in order of first appearance", () => {
    const d = doc(p(t("a", claim(ID_B)), t("b", claim(ID_B), claim(ID_A))), p(t("c", claim(ID_B))));
    expect(listClaimIds(d)).toEqual([ID_B, ID_A]);
    expect(listClaimIds(doc(p()))).toEqual([]);
  });
});
