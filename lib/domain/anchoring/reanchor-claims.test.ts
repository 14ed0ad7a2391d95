import { describe, expect, it } from "vitest";
import { describeAnchor } from "@/lib/domain/document/extract-claims";
import { reanchorClaims, type ClaimAnchor, type Placement } from "./reanchor-claims";

/** A claim on the `nth` (0-based) occurrence of `quote` in `text`, as extractClaims stores it. */
function claimOn(id: string, text: string, quote: string, nth = 0): ClaimAnchor {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return { id, ...describeAnchor(text, at, at + quote.length) };
}

function placeOne(oldText: string, newText: string, claim: ClaimAnchor): Placement {
  const [placement] = reanchorClaims({ oldText, newText, claims: [claim] });
  if (!placement) throw new Error("no placement");
  return placement;
}

const covered = (text: string, p: Placement) => (p.start === null ? null : text.slice(p.start, p.end));

const ARTICLE =
  "Kabul fell in just 11 days. The attack near the airport killed over 113 people. " +
  "Amrullah Saleh took charge of Kabul security in October 2020. The Bagram base was vacated in July.";

describe("reanchorClaims", () => {
  it("keeps every claim exactly where it was when the text is unchanged", () => {
    const claims = [claimOn("a", ARTICLE, "11 days"), claimOn("b", ARTICLE, "over 113 people")];
    const placements = reanchorClaims({ oldText: ARTICLE, newText: ARTICLE, claims });
    expect(placements.map((p) => [p.claimId, p.outcome, p.score, p.start, p.end])).toEqual([
      ["a", "exact", 1, claims[0]?.start, claims[0]?.end],
      ["b", "exact", 1, claims[1]?.start, claims[1]?.end],
    ]);
  });

  it("follows a claim when text is inserted or removed before it", () => {
    const newText = `Updated at noon. ${ARTICLE.replace("just ", "")}`;
    const p = placeOne(ARTICLE, newText, claimOn("a", ARTICLE, "Amrullah Saleh took charge"));
    expect(p.outcome).toBe("exact");
    expect(covered(newText, p)).toBe("Amrullah Saleh took charge");
    expect(p.start).toBe(newText.indexOf("Amrullah"));
  });

  it("finds a moved sentence and says it moved", () => {
    const moved = "The Bagram base was vacated in July.";
    const newText = `${moved} ${ARTICLE.replace(` ${moved}`, "")}`;
    const p = placeOne(ARTICLE, newText, claimOn("a", ARTICLE, "Bagram base was vacated"));
    expect(p.outcome).toBe("moved");
    expect(p.start).toBe(newText.indexOf("Bagram"));
    expect(covered(newText, p)).toBe("Bagram base was vacated");
    expect(p.score).toBeGreaterThan(0.7);
    expect(p.score).toBeLessThanOrEqual(1);
  });

  it("places an edited quote by fuzzy match, the changed words included, with a score", () => {
    const newText = ARTICLE.replace("killed over 113 people", "killed more than 113 people");
    const p = placeOne(
      ARTICLE,
      newText,
      claimOn("a", ARTICLE, "attack near the airport killed over 113 people"),
    );
    expect(p.outcome).toBe("fuzzy");
    expect(covered(newText, p)).toBe("attack near the airport killed more than 113 people");
    expect(p.score).toBeGreaterThan(0.7);
    expect(p.score).toBeLessThan(1);
  });

  it("keeps a replaced last word inside the claim and a deleted first word out of it", () => {
    const claim = claimOn("a", ARTICLE, "took charge of Kabul security");
    const replaced = ARTICLE.replace("Kabul security in", "Kabul policing in");
    expect(covered(replaced, placeOne(ARTICLE, replaced, claim))).toBe("took charge of Kabul policing");
    const trimmed = ARTICLE.replace("Saleh took charge", "Saleh charge");
    expect(covered(trimmed, placeOne(ARTICLE, trimmed, claim))).toBe("charge of Kabul security");
  });

  it("orphans a claim whose sentence was deleted", () => {
    const newText = ARTICLE.replace(" The attack near the airport killed over 113 people.", "");
    const p = placeOne(ARTICLE, newText, claimOn("a", ARTICLE, "killed over 113 people"));
    expect(p).toMatchObject({ outcome: "orphaned", start: null, end: null, quote: "killed over 113 people" });
  });

  it("never moves a claim onto the same words elsewhere that were already there", () => {
    const oldText = "The state fell in 11 days. Nobody expected it. The talks had lasted 11 days.";
    const newText = "Nobody expected it. The talks had lasted 11 days.";
    const p = placeOne(oldText, newText, claimOn("a", oldText, "11 days", 0));
    expect(p).toMatchObject({ outcome: "orphaned", reason: "not-found" });
  });

  it("keeps a claim on its own sentence when that sentence is duplicated elsewhere", () => {
    const sentence = "Amrullah Saleh took charge of Kabul security in October 2020.";
    const newText = `${sentence} ${ARTICLE}`;
    const claim = claimOn("a", ARTICLE, "Kabul security in October");
    const p = placeOne(ARTICLE, newText, claim);
    expect(p.outcome).toBe("exact");
    expect(p.start).toBe(newText.lastIndexOf("Kabul security in October"));
  });

  it("tells apart a quote that occurs twice by its context and position", () => {
    const oldText = "Kabul fell in 11 days. Months later, talks in Doha lasted 11 days. Then nothing.";
    const newText =
      "Kabul, the capital, fell in 11 days. Months later, talks in Qatar lasted 11 days. Then nothing.";
    const first = claimOn("first", oldText, "11 days", 0);
    const second = claimOn("second", oldText, "11 days", 1);
    const [a, b] = reanchorClaims({ oldText, newText, claims: [first, second] });
    expect(a).toMatchObject({ outcome: "exact", start: newText.indexOf("11 days") });
    expect(b).toMatchObject({ outcome: "exact", start: newText.lastIndexOf("11 days") });
  });

  it("orphans rather than guesses when a deleted claim's words reappear twice, equally good", () => {
    const filler = (from: number) =>
      Array.from({ length: 20 }, (_, i) => `Line ${from + i} says little.`).join(" ");
    const copy = "Saleh took charge of security.";
    const oldText = `${filler(0)} ${copy} ${filler(20)}`;
    const pasted = `Line 19 says little. ${copy} Line 20 says little.`;
    const newText = `${filler(0)} ${filler(20)} ${pasted} ${pasted} Line 19 says little.`;
    const p = placeOne(oldText, newText, claimOn("a", oldText, "took charge of security"));
    expect(p).toMatchObject({ outcome: "orphaned", reason: "ambiguous" });
  });

  it("counts offsets in UTF-16 code units around emoji and accented text", () => {
    const oldText = "Résumé: 🚀 Kabul’s fall took 11 days — “a collapse”.";
    const newText = "Nouveau 😀😀 Résumé: 🚀 Kabul’s fall took 11 days — “a collapse”.";
    const claim = claimOn("a", oldText, "Kabul’s fall took 11 days");
    const p = placeOne(oldText, newText, claim);
    expect(p.outcome).toBe("exact");
    expect(p.start).toBe(claim.start + "Nouveau 😀😀 ".length);
    expect(covered(newText, p)).toBe("Kabul’s fall took 11 days");

    const edited = "Résumé: 🚀 Kabul’s fall took 12 days — “a collapse”.";
    const fuzzy = placeOne(oldText, edited, claimOn("b", oldText, "took 11 days — “a collapse”"));
    expect(fuzzy.outcome).toBe("fuzzy");
    expect(covered(edited, fuzzy)).toBe("took 12 days — “a collapse”");
  });

  it("places nested claims independently, the inner one still inside the outer one", () => {
    const outer = claimOn("outer", ARTICLE, "The attack near the airport killed over 113 people");
    const inner = claimOn("inner", ARTICLE, "over 113 people");
    const newText = ARTICLE.replace("The attack near", "Sadly, The deadly attack right near");
    const [o, i] = reanchorClaims({ oldText: ARTICLE, newText, claims: [outer, inner] });
    expect(o).toMatchObject({ outcome: "fuzzy" });
    expect(covered(newText, o as Placement)).toBe(
      "The deadly attack right near the airport killed over 113 people",
    );
    expect(i).toMatchObject({ outcome: "exact" });
    expect(covered(newText, i as Placement)).toBe("over 113 people");
    expect((i?.start ?? 0) >= (o?.start ?? 0) && (i?.end ?? 0) <= (o?.end ?? 0)).toBe(true);
  });

  it("re-places a claim orphaned before when its words come back", () => {
    const claim: ClaimAnchor = {
      id: "a",
      quote: "11 days",
      prefix: "fell in just ",
      suffix: ".",
      start: 0,
      end: 7,
    };
    const oldText = "Kabul fell quickly.";
    const newText = "Kabul fell in just 11 days.";
    const p = placeOne(oldText, newText, claim);
    expect(p.outcome).toBe("exact");
    expect(covered(newText, p)).toBe("11 days");
  });

  it("orphans a claim with an empty quote", () => {
    const claim: ClaimAnchor = { id: "a", quote: "", prefix: "", suffix: "", start: 0, end: 0 };
    expect(placeOne(ARTICLE, ARTICLE, claim)).toMatchObject({ outcome: "orphaned", reason: "not-found" });
  });
});
