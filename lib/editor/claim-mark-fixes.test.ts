import { describe, expect, it } from "vitest";
import { Transform } from "@tiptap/pm/transform";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { ID_A, ID_B, claim, doc, p, t } from "@/lib/domain/document/testing/build-doc";
import type { DocJSON } from "@/lib/domain/document/types";
import { compareClaimRanges, planClaimMarkFixes } from "./claim-mark-fixes";
import { readClaimRuns } from "./claim-runs";

const schema = getDocumentSchema();
const claimType = schema.marks.claim!;
const node = (json: DocJSON) => schema.nodeFromJSON(json);

function fix(before: DocJSON, edit: (tr: Transform) => void, options: { drop?: string[] } = {}) {
  const start = node(before);
  const tr = new Transform(start);
  edit(tr);
  const runsBefore = readClaimRuns(start);
  const runsAfter = readClaimRuns(tr.doc);
  const steps = planClaimMarkFixes({
    before: runsBefore.runs,
    after: runsAfter.runs,
    text: runsAfter.text,
    knownQuotes: new Map(),
    mapping: tr.mapping,
    drop: new Set(options.drop ?? []),
    claimType,
  });
  const fixed = new Transform(tr.doc);
  for (const step of steps) fixed.step(step);
  return {
    steps,
    doc: fixed.doc.toJSON() as DocJSON,
    changes: compareClaimRanges(runsBefore, readClaimRuns(fixed.doc)),
  };
}

describe("planClaimMarkFixes", () => {
  it("mends a claim split by text without its mark landing inside it (a colleague's rebased typing)", () => {
    const before = doc(p(t("The state "), t("fell in 11 days", claim(ID_A)), t(".")));
    // "just " arrives inside the claim without the mark, as a rebased insertion would.
    const { doc: after, changes } = fix(before, (tr) => tr.insert(19, schema.text("just ")));
    expect(after).toEqual(doc(p(t("The state "), t("fell in just 11 days", claim(ID_A)), t("."))));
    expect(changes).toEqual({ appeared: [], disappeared: [], reworded: [ID_A] });
  });

  it("removes a second range of an id outside the claim's own range: a pasted copy", () => {
    const before = doc(p(t("fell in 11 days", claim(ID_A)), t(" and more text.")));
    const { doc: after } = fix(before, (tr) => tr.addMark(21, 25, claimType.create({ id: ID_A })));
    expect(after).toEqual(before);
  });

  it("removes the marks of claims that were removed (an undo after Remove claim)", () => {
    const before = doc(p(t("Over 113 people.")));
    const { doc: after, changes } = fix(before, (tr) => tr.addMark(6, 9, claimType.create({ id: ID_B })), {
      drop: [ID_B],
    });
    expect(after).toEqual(before);
    expect(changes).toEqual({ appeared: [], disappeared: [], reworded: [] });
  });

  it("leaves single ranges alone, whatever moved", () => {
    const before = doc(p(t("Over "), t("113", claim(ID_A)), t(" people.")));
    const { steps, changes } = fix(before, (tr) => tr.insert(1, schema.text("Well ")));
    expect(steps).toEqual([]);
    expect(changes).toEqual({ appeared: [], disappeared: [], reworded: [] });
  });
});

describe("compareClaimRanges", () => {
  it("lists claims that appeared, disappeared or were reworded, not those that moved", () => {
    const before = readClaimRuns(node(doc(p(t("a", claim(ID_A)), t(" b")))));
    const after = readClaimRuns(node(doc(p(t("x a b", claim(ID_B))))));
    expect(compareClaimRanges(before, after)).toEqual({
      appeared: [ID_B],
      disappeared: [ID_A],
      reworded: [],
    });
  });
});
