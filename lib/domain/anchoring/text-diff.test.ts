import { describe, expect, it } from "vitest";
import { countForeignChars, isCleanEdge, mapOffset } from "./segment-map";
import { diffTexts } from "./text-diff";
import { editDistance, searchApproximate } from "./approximate-search";

describe("diffTexts and mapOffset", () => {
  it("maps unchanged text one to one", () => {
    const text = "The state fell in 11 days.";
    const segments = diffTexts(text, text);
    expect(segments).toEqual([
      { same: true, oldStart: 0, oldEnd: text.length, newStart: 0, newEnd: text.length },
    ]);
    expect(mapOffset(segments, 18, "start")).toBe(18);
  });

  it("keeps an insertion at a claim's edge outside it and a replacement inside it", () => {
    const oldText = "fell in 11 days in 2021";
    const newText = "fell in only 11 weeks in 2021";
    const segments = diffTexts(oldText, newText);
    const start = oldText.indexOf("11");
    const end = start + "11 days".length;
    expect(newText.slice(mapOffset(segments, start, "start"), mapOffset(segments, end, "end"))).toBe(
      "11 weeks",
    );
    expect(isCleanEdge(segments, start, "start")).toBe(true);
    expect(isCleanEdge(segments, end, "end")).toBe(true);
  });

  it("aligns a kept word between two changed ones instead of a space", () => {
    const oldText = "the Taliban lead government in containing the threat";
    const newText = "the Taliban his lead in containing the threat";
    const segments = diffTexts(oldText, newText);
    const lead = oldText.indexOf("lead");
    expect(mapOffset(segments, lead, "start")).toBe(newText.indexOf("lead"));
    // "lead" stood outside a claim on "government in": it is other words for that claim.
    const own = oldText.indexOf("government");
    expect(countForeignChars(segments, newText.indexOf("lead"), newText.indexOf(" in"), own, own + 13)).toBe(
      4,
    );
  });

  it("finds a sentence moved far away", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} is here.`).join(" ");
    const moved = "The Bagram base was vacated.";
    const oldText = `${moved} ${filler}`;
    const newText = `${filler} ${moved}`;
    const segments = diffTexts(oldText, newText);
    expect(segments.filter((s) => s.same).reduce((n, s) => n + s.oldEnd - s.oldStart, 0)).toBeGreaterThan(
      filler.length - 2,
    );
    expect(mapOffset(segments, oldText.indexOf("Sentence number 30"), "start")).toBe(
      newText.indexOf("Sentence number 30"),
    );
  });
});

describe("searchApproximate", () => {
  it("finds the same matches with the bit-parallel scan (≤ 32) and the table (longer)", () => {
    const text = "xx the Taliban took Kabul in August xx and the Talibn took Kabul again xx";
    const short = searchApproximate(text, "Taliban took Kabul", 0, text.length, 3);
    expect(short.map((m) => [text.slice(m.start, m.end), m.errors])).toEqual([
      ["Taliban took Kabul", 0],
      ["Talibn took Kabul", 1],
    ]);
    const long = "the Taliban took Kabul in August, and the Taliban took Kabul again";
    const found = searchApproximate(`${long.replace("August", "Agust")} yy`, long, 0, long.length + 3, 5);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, errors: 1 });
  });

  it("measures edit distance", () => {
    expect(editDistance("11 days", "11 days")).toBe(0);
    expect(editDistance("11 days", "12 days")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
