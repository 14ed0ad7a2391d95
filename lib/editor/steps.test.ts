import { describe, expect, it } from "vitest";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { ID_A, claim, doc, h, link, p, t } from "@/lib/domain/document/testing/build-doc";
import { applySteps, classifySteps, parseSteps, ZStepJSON, type StepJSON } from "./steps";

const schema = getDocumentSchema();
const base = schema.nodeFromJSON(
  doc(
    h(2, t("Kabul")),
    p(t("The state fell in "), t("11 days", link("https://example.org")), t(".")),
    p(t("End.")),
  ),
);
const step = (json: unknown): StepJSON => ZStepJSON.parse(json);
const parsed = (...json: unknown[]) => {
  const result = parseSteps(json.map(step));
  if (!result.ok) throw new Error(result.issues[0]?.message);
  return result.steps;
};
const insert = (pos: number, text: string) => ({
  stepType: "replace",
  from: pos,
  to: pos,
  slice: { content: [{ type: "text", text }] },
});
const addClaim = (from: number, to: number, id = ID_A) => ({
  stepType: "addMark",
  from,
  to,
  mark: { type: "claim", attrs: { id } },
});

describe("parseSteps", () => {
  it("builds ProseMirror steps from their JSON", () => {
    const steps = parsed(insert(1, "x"), addClaim(8, 15));
    expect(steps.map((s): unknown => s.toJSON())).toEqual([insert(1, "x"), addClaim(8, 15)]);
  });

  it("refuses unknown step types and malformed positions before anything else", () => {
    expect(ZStepJSON.safeParse({ stepType: "addNodeMark", pos: 1, mark: { type: "bold" } }).success).toBe(
      false,
    );
    expect(ZStepJSON.safeParse({ ...insert(1, "x"), from: -1 }).success).toBe(false);
  });

  it("polices slices and marks like a whole document: unknown nodes, javascript: links, non-UUID claim ids", () => {
    const script = { stepType: "replace", from: 1, to: 1, slice: { content: [{ type: "script" }] } };
    const badLink = { ...addClaim(8, 15), mark: { type: "link", attrs: { href: "javascript:alert(1)" } } };
    const badClaim = addClaim(8, 15, "not-a-uuid");
    for (const json of [script, badLink, badClaim]) {
      const result = parseSteps([step(json)]);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues[0]?.path).toMatch(/^steps\[0\]/);
    }
  });
});

describe("applySteps", () => {
  it("applies steps in order", () => {
    const result = applySteps(base, parsed(insert(1, "In "), addClaim(20, 27)));
    expect(result.ok && result.doc.textContent).toBe("In KabulThe state fell in 11 days.End.");
  });

  it("fails the whole batch on a step that does not apply, naming it", () => {
    const result = applySteps(base, parsed(insert(1, "x"), insert(9999, "y")));
    expect(result).toMatchObject({ ok: false, issues: [{ path: "steps[1]" }] });
  });

  it("refuses content the schema does not allow there", () => {
    const paragraphInText = {
      stepType: "replace",
      from: 3,
      to: 3,
      slice: { content: [{ type: "heading", attrs: { level: 2 } }] },
    };
    const result = applySteps(base, parsed(paragraphInText));
    expect(result.ok).toBe(false);
  });

  it("refuses invalid content nested inside an inserted block (only the edges are checked by ProseMirror)", () => {
    const nested = {
      stepType: "replace",
      from: 7,
      to: 7,
      slice: {
        content: [
          { type: "paragraph", content: [{ type: "paragraph", content: [{ type: "text", text: "x" }] }] },
        ],
      },
    };
    expect(applySteps(base, parsed(nested)).ok).toBe(false);
  });

  it("checks an attribute step's value with the schema's rules", () => {
    const result = applySteps(base, parsed({ stepType: "attr", pos: 0, attr: "level", value: 7 }));
    expect(result).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining("level") as string }],
    });
  });
});

describe("classifySteps", () => {
  it("tells claim marks apart from everything else", () => {
    expect(classifySteps(parsed(addClaim(8, 15)))).toEqual({
      changesTextOrFormatting: false,
      changesClaimMarks: true,
    });
    const bold = { stepType: "addMark", from: 8, to: 15, mark: { type: "bold" } };
    expect(classifySteps(parsed(addClaim(8, 15), bold)).changesTextOrFormatting).toBe(true);
    expect(classifySteps(parsed(insert(1, "x"))).changesTextOrFormatting).toBe(true);
    expect(classifySteps(parsed({ ...addClaim(8, 15), stepType: "removeMark" }))).toEqual({
      changesTextOrFormatting: false,
      changesClaimMarks: true,
    });
  });
});

describe("an undone mark change (markSet)", () => {
  it("is parsed, checked and classified by the mark steps inside it", () => {
    const set = {
      stepType: "markSet",
      steps: [addClaim(8, 10), { ...addClaim(12, 15), stepType: "removeMark" }],
    };
    const steps = parsed(set);
    expect(classifySteps(steps)).toEqual({ changesTextOrFormatting: false, changesClaimMarks: true });
    const withBold = {
      stepType: "markSet",
      steps: [addClaim(8, 10), { stepType: "addMark", from: 8, to: 9, mark: { type: "bold" } }],
    };
    expect(classifySteps(parsed(withBold)).changesTextOrFormatting).toBe(true);
    const bad = { stepType: "markSet", steps: [addClaim(8, 10, "nope")] };
    expect(parseSteps([step(bad)]).ok).toBe(false);
  });
});

describe("a document with claims", () => {
  it("keeps claim marks on the text they cover when text is inserted before them", () => {
    const marked = schema.nodeFromJSON(doc(p(t("Over "), t("113", claim(ID_A)))));
    const result = applySteps(marked, parsed(insert(1, "Well ")));
    expect(result.ok && result.doc.toJSON()).toEqual(doc(p(t("Well Over "), t("113", claim(ID_A)))));
  });
});
