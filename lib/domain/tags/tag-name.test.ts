import { describe, expect, it } from "vitest";
import {
  MAX_TAGS_PER_ARTICLE,
  normalizeTagList,
  normalizeTagName,
  sortTagNames,
  tagKey,
} from "@/lib/domain/tags/tag-name";

describe("normalizeTagName", () => {
  it("trims and collapses inner whitespace, tabs and line breaks included", () => {
    expect(normalizeTagName("  Kabul   airport\t attack\n")).toEqual({
      ok: true,
      name: "Kabul airport attack",
      key: "kabul airport attack",
    });
  });

  it("gives one key to spellings that differ only in case, width or composition", () => {
    const keys = ["Kabul", "KABUL", " kabul ", "ｋａｂｕｌ"].map((n) => {
      const r = normalizeTagName(n);
      return r.ok ? r.key : null;
    });
    expect(new Set(keys)).toEqual(new Set(["kabul"]));
    // "é" typed as one code point or as e + combining accent is the same tag, shown composed.
    const composed = normalizeTagName("Café");
    const decomposed = normalizeTagName("Cafe\u0301");
    expect(composed.ok && decomposed.ok && composed.key === decomposed.key).toBe(true);
    expect(decomposed.ok && decomposed.name).toBe("Café");
  });

  it("keeps the case people wrote for display", () => {
    expect(normalizeTagName("ISKP")).toMatchObject({ ok: true, name: "ISKP", key: "iskp" });
  });

  it("refuses empty names and names without a letter or digit", () => {
    for (const raw of ["", "   ", "\t\n", "—", "#!"])
      expect(normalizeTagName(raw)).toEqual({
        ok: false,
        reason: "A tag needs at least one letter or digit.",
      });
  });

  it("accepts 40 characters, counting letters outside the BMP once, and refuses 41", () => {
    expect(normalizeTagName("a".repeat(40)).ok).toBe(true);
    expect(normalizeTagName("𝔸".repeat(40)).ok).toBe(true);
    const long = normalizeTagName("a".repeat(41));
    expect(long.ok).toBe(false);
    expect(!long.ok && long.reason).toMatch(/40 characters/);
  });

  it("refuses control and invisible formatting characters", () => {
    for (const raw of ["Kabul\u0000", "Ka\u0007bul", "Kabul\u200B", "\u202EKabul", "Kab\u007Ful"]) {
      const r = normalizeTagName(raw);
      expect(r.ok, JSON.stringify(raw)).toBe(false);
      expect(!r.ok && r.reason).toMatch(/control or invisible/);
    }
  });

  it("refuses a comma, which separates tags where people type them", () => {
    expect(normalizeTagName("Kabul, Afghanistan")).toEqual({
      ok: false,
      reason: "A tag cannot contain a comma: commas separate tags.",
    });
  });

  it("accepts names in any script", () => {
    expect(normalizeTagName("افغانستان")).toMatchObject({ ok: true, name: "افغانستان" });
    expect(normalizeTagName("Выборы 2024")).toMatchObject({ ok: true, key: "выборы 2024" });
  });
});

describe("normalizeTagList", () => {
  it("keeps the first spelling of each tag, in the order given", () => {
    expect(normalizeTagList(["Kabul", "ISKP", "kabul", " KABUL "])).toEqual({
      ok: true,
      tags: [
        { name: "Kabul", key: "kabul" },
        { name: "ISKP", key: "iskp" },
      ],
    });
  });

  it("names each bad entry by its position", () => {
    expect(normalizeTagList(["Kabul", "", "b".repeat(41)])).toEqual({
      ok: false,
      issues: [
        { index: 1, reason: "A tag needs at least one letter or digit." },
        { index: 2, reason: expect.stringMatching(/40 characters/) as string },
      ],
    });
  });

  it(`allows ${MAX_TAGS_PER_ARTICLE} distinct tags and refuses one more; duplicates do not count`, () => {
    const twenty = Array.from({ length: MAX_TAGS_PER_ARTICLE }, (_, i) => `Tag ${i}`);
    expect(normalizeTagList([...twenty, "tag 0", "TAG 1"]).ok).toBe(true);
    const tooMany = normalizeTagList([...twenty, "One more"]);
    expect(tooMany).toEqual({
      ok: false,
      issues: [{ index: null, reason: expect.stringMatching(/at most 20 tags \(21 given\)/) as string }],
    });
  });

  it("accepts no tags at all (clearing them)", () => {
    expect(normalizeTagList([])).toEqual({ ok: true, tags: [] });
  });
});

describe("sortTagNames and tagKey", () => {
  it("sorts alphabetically whatever the case", () => {
    expect(sortTagNames(["kabul", "Afghanistan", "ISKP", "bagram"])).toEqual([
      "Afghanistan",
      "bagram",
      "ISKP",
      "kabul",
    ]);
  });

  it("tagKey agrees with normalizeTagName's key", () => {
    const r = normalizeTagName("Élections 2026");
    expect(r.ok && r.key).toBe(tagKey("Élections 2026"));
  });
});
