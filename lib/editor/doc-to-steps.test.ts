import { describe, expect, it } from "vitest";
import { AddMarkStep, RemoveMarkStep, ReplaceStep, Transform } from "@tiptap/pm/transform";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { ID_A, ID_B, bold, claim, doc, h, link, p, t } from "@/lib/domain/document/testing/build-doc";
import type { DocJSON } from "@/lib/domain/document/types";
import { diffDocumentToSteps } from "./doc-to-steps";
import { classifySteps } from "./steps";

const node = (json: DocJSON) => getDocumentSchema().nodeFromJSON(json);
/** The document as ProseMirror normalises it (attribute defaults filled in). */
const norm = (json: DocJSON) => node(json).toJSON() as DocJSON;

function roundTrip(from: DocJSON, to: DocJSON) {
  const steps = diffDocumentToSteps(node(from), node(to));
  const transform = new Transform(node(from));
  for (const step of steps) transform.step(step);
  return { steps, result: transform.doc.toJSON() as DocJSON };
}

const demo = doc(
  h(2, t("The Kabul attack")),
  p(t("Over 113 people died, "), t("including 13 US servicemen", claim(ID_A)), t(".")),
  p(t("Read "), t("the report", link("https://example.org")), t(".")),
);

describe("diffDocumentToSteps", () => {
  it("turns a save that only adds a claim mark into one mark step: what a checker may send", () => {
    const marked = doc(
      h(2, t("The Kabul attack")),
      p(
        t("Over 113 people", claim(ID_B)),
        t(" died, "),
        t("including 13 US servicemen", claim(ID_A)),
        t("."),
      ),
      p(t("Read "), t("the report", link("https://example.org")), t(".")),
    );
    const { steps, result } = roundTrip(demo, marked);
    expect(result).toEqual(norm(marked));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toBeInstanceOf(AddMarkStep);
    expect(classifySteps(steps)).toEqual({ changesTextOrFormatting: false, changesClaimMarks: true });
  });

  it("turns a removed mark into a RemoveMarkStep", () => {
    const unmarked = doc(
      h(2, t("The Kabul attack")),
      p(t("Over 113 people died, including 13 US servicemen.")),
      p(t("Read "), t("the report", link("https://example.org")), t(".")),
    );
    const { steps, result } = roundTrip(demo, unmarked);
    expect(result).toEqual(norm(unmarked));
    expect(steps.map((s) => s.constructor)).toEqual([RemoveMarkStep]);
  });

  it("turns a text edit into one replacement of the region that differs, keeping claims elsewhere", () => {
    const edited = doc(
      h(2, t("The Kabul airport attack")),
      p(t("Over 113 people died, "), t("including 13 US servicemen", claim(ID_A)), t(".")),
      p(t("Read "), t("the report", link("https://example.org")), t(".")),
    );
    const { steps, result } = roundTrip(demo, edited);
    expect(result).toEqual(norm(edited));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toBeInstanceOf(ReplaceStep);
    expect(classifySteps(steps).changesTextOrFormatting).toBe(true);
  });

  it("reproduces any target: formatting, structure, text and claims changed together", () => {
    const rewritten = doc(
      p(t("Over "), t("113", bold, claim(ID_B)), t(" died.")),
      h(3, t("New section")),
      p(t("including 13 US servicemen", claim(ID_A))),
    );
    expect(roundTrip(demo, rewritten).result).toEqual(norm(rewritten));
    expect(roundTrip(rewritten, demo).result).toEqual(norm(demo));
  });

  it("handles repeated text where the changed region is ambiguous", () => {
    expect(roundTrip(doc(p(t("aa"))), doc(p(t("aaa")))).result).toEqual(doc(p(t("aaa"))));
    expect(roundTrip(doc(p(t("abab"))), doc(p(t("ab")))).result).toEqual(doc(p(t("ab"))));
  });

  it("makes no step for an identical document", () => {
    expect(diffDocumentToSteps(node(demo), node(demo))).toEqual([]);
  });
});
