import { describe, expect, it } from "vitest";
import { EditorState } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { ID_A, ID_B, claim, doc, p, t } from "@/lib/domain/document/testing/build-doc";
import { createClaimAnchorsPlugin } from "@/lib/editor/claim-anchors";
import { findText } from "@/lib/editor/testing/find-text";
import { createClaimTagsPlugin, setClaimTagsTr } from "./claim-tags";

const schema = getDocumentSchema();
const tagsPlugin = createClaimTagsPlugin();

function createState(): EditorState {
  const json = doc(p(t("Turnout was "), t("61 percent", claim(ID_A)), t(" and "), t("rising", claim(ID_B))));
  const state = EditorState.create({
    doc: schema.nodeFromJSON(json),
    plugins: [createClaimAnchorsPlugin(), tagsPlugin],
  });
  return state.apply(setClaimTagsTr(state, [{ id: ID_A, text: "✓ True" }]));
}

function tagPositions(state: EditorState): number[] {
  const set = tagsPlugin.getState(state)?.decorations as DecorationSet;
  return set.find().map((d) => d.from);
}

describe("claim tags", () => {
  it("sit at the end of their claim and follow it while typing", () => {
    const state = createState();
    expect(tagPositions(state)).toEqual([findText(state.doc, "61 percent").to]);
    const typed = state.apply(state.tr.insertText("Reported ", 1));
    expect(tagPositions(typed)).toEqual([findText(typed.doc, "61 percent").to]);
    // Typing right after the claim leaves the tag before the new text.
    const after = typed.apply(typed.tr.insertText("!", findText(typed.doc, "61 percent").to));
    expect(tagPositions(after)).toEqual([findText(after.doc, "61 percent").to]);
  });

  it("stay at the claim's end when its last character is deleted, and go with the claim", () => {
    const state = createState();
    const { to } = findText(state.doc, "61 percent");
    const shorter = state.apply(state.tr.delete(to - 1, to));
    expect(tagPositions(shorter)).toEqual([findText(shorter.doc, "61 percen").to]);
    const { from } = findText(state.doc, "61 percent");
    const gone = state.apply(state.tr.delete(from, to));
    expect(tagPositions(gone)).toEqual([]);
  });
});
