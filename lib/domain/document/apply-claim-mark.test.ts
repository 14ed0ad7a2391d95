import { describe, expect, it } from "vitest";
import { addClaimMark, findText } from "./apply-claim-mark";
import { extractClaims } from "./extract-claims";
import { parseDocument } from "./parse-document";
import { ID_A, ID_B, bold, br, claim, doc, p, t } from "./testing/build-doc";

const article = doc(
  p(t("The Afghan state collapsed in just 11 days, and in "), t("11 days", bold), t(" more.")),
  p(t("Saleh took charge in October 2020.")),
);

describe("findText", () => {
  it("finds the n-th non-overlapping occurrence", () => {
    expect(findText(article, "11 days")).toEqual({ start: 35, end: 42 });
    expect(findText(article, "11 days", 2)).toEqual({ start: 51, end: 58 });
    expect(findText(article, "11 days", 3)).toBeNull();
  });

  it("finds text across a block boundary and refuses empty needles", () => {
    expect(findText(article, "more.\nSaleh")).toEqual({ start: 59, end: 70 });
    expect(findText(article, "")).toBeNull();
    expect(findText(article, "11 days", 0)).toBeNull();
  });
});

describe("addClaimMark", () => {
  it("round-trips: the marked range is extracted with the same quote", () => {
    const range = findText(article, "11 days");
    if (!range) throw new Error("fixture text missing");
    const marked = addClaimMark(article, range, ID_A);
    expect(extractClaims(marked).claims).toMatchObject([{ id: ID_A, quote: "11 days", ...range }]);
    expect(parseDocument(marked).ok).toBe(true);
  });

  it("splits text nodes at both edges and keeps existing marks", () => {
    const range = findText(article, "and in 11");
    if (!range) throw new Error("fixture text missing");
    const marked = addClaimMark(article, range, ID_A);
    expect(marked.content?.[0]).toEqual(
      p(
        t("The Afghan state collapsed in just 11 days, "),
        t("and in ", claim(ID_A)),
        t("11", bold, claim(ID_A)),
        t(" days", bold),
        t(" more."),
      ),
    );
    expect(marked.content?.[1]).toEqual(article.content?.[1]);
    expect(extractClaims(marked).claims[0]?.quote).toBe("and in 11");
  });

  it("places the claim mark after bold, as ProseMirror orders marks", () => {
    const marked = addClaimMark(doc(p(t("bold", bold))), { start: 0, end: 4 }, ID_A);
    expect(marked).toEqual(doc(p(t("bold", bold, claim(ID_A)))));
  });

  it("marks across a block boundary, including hard breaks", () => {
    const d = doc(p(t("end of one")), p(t("two"), br(), t("three")));
    const range = findText(d, "one\ntwo\nthr");
    if (!range) throw new Error("fixture text missing");
    const marked = addClaimMark(d, range, ID_B);
    expect(marked).toEqual(
      doc(
        p(t("end of "), t("one", claim(ID_B))),
        p(t("two", claim(ID_B)), br(claim(ID_B)), t("thr", claim(ID_B)), t("ee")),
      ),
    );
    expect(extractClaims(marked).claims.map((c) => c.quote)).toEqual(["one\ntwo\nthr"]);
  });

  it("nests a second claim inside the first", () => {
    const d = doc(p(t("over 113 people including 13 US servicemen")));
    const outer = findText(d, "over 113 people including 13 US servicemen");
    const inner = findText(d, "13 US servicemen");
    if (!outer || !inner) throw new Error("fixture text missing");
    const marked = addClaimMark(addClaimMark(d, outer, ID_A), inner, ID_B);
    expect(extractClaims(marked).claims.map((c) => c.quote)).toEqual([
      "over 113 people including 13 US servicemen",
      "13 US servicemen",
    ]);
  });

  it("rejects empty or out-of-range ranges", () => {
    expect(() => addClaimMark(article, { start: 3, end: 3 }, ID_A)).toThrow(RangeError);
    expect(() => addClaimMark(article, { start: -1, end: 3 }, ID_A)).toThrow(RangeError);
    expect(() => addClaimMark(article, { start: 0, end: 10_000 }, ID_A)).toThrow(RangeError);
  });
});
