import { describe, expect, it } from "vitest";
import { history, undo } from "@tiptap/pm/history";
import { Fragment, Slice } from "@tiptap/pm/model";
import { EditorState, type Transaction } from "@tiptap/pm/state";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { ID_A, ID_B, ID_C, bold, claim, doc, p, t } from "@/lib/domain/document/testing/build-doc";
import type { DocJSON } from "@/lib/domain/document/types";
import {
  claimAnchorsKey,
  createClaimAnchorsPlugin,
  getClaimAnchors,
  readClaimLook,
  setActiveClaimTr,
  setClaimStatusesTr,
} from "./claim-anchors";
import { findText } from "./testing/find-text";

const schema = getDocumentSchema();
const claimType = schema.marks.claim!;
const ID_D = "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716";

function createState(json: DocJSON): EditorState {
  return EditorState.create({
    doc: schema.nodeFromJSON(json),
    plugins: [createClaimAnchorsPlugin(), history()],
  });
}

function apply(state: EditorState, build: (tr: Transaction) => Transaction): EditorState {
  return state.apply(build(state.tr));
}

function quotes(state: EditorState): [string, string][] {
  return getClaimAnchors(state).map((a) => [a.id, a.quote]);
}

function pluginState(state: EditorState) {
  const value = claimAnchorsKey.getState(state);
  if (!value) throw new Error("The anchors plugin is missing.");
  return value;
}

function lookOf(state: EditorState, id: string): string {
  const look = readClaimLook(state, id);
  return `${look.status}${look.rating ? ` ${look.rating}` : ""}${look.active ? " active" : ""}`;
}

// "Over 113 people including 13 US servicemen" with "13 US servicemen" nested inside, and a
// third claim running from the end of one paragraph into the next.
const article = doc(
  p(
    t("Over "),
    t("113 people including ", claim(ID_A)),
    t("13 US servicemen", claim(ID_A), claim(ID_B)),
    t(" died."),
  ),
  p(t("It fell "), t("in eleven days", claim(ID_C))),
  p(t("and Kabul", claim(ID_C)), t(" followed.")),
);

describe("claim anchors", () => {
  it("reads nested and cross-paragraph claims in document order", () => {
    const state = createState(article);
    expect(getClaimAnchors(state)).toEqual([
      {
        id: ID_A,
        ...findText(state.doc, "113 people including 13 US servicemen"),
        quote: "113 people including 13 US servicemen",
      },
      { id: ID_B, ...findText(state.doc, "13 US servicemen"), quote: "13 US servicemen" },
      {
        id: ID_C,
        from: findText(state.doc, "in eleven days").from,
        to: findText(state.doc, "and Kabul").to,
        quote: "in eleven days\nand Kabul",
      },
    ]);
    expect(lookOf(state, ID_B)).toBe("UNSAVED");
  });

  it("only shifts positions when typing happens outside claims", () => {
    const state = createState(article);
    const before = pluginState(state);
    const next = apply(state, (tr) => tr.insertText("Well, ", 1));
    expect(pluginState(next)).toMatchObject({ revision: before.revision, scan: before.scan });
    expect(getClaimAnchors(next).map((a) => a.from)).toEqual(getClaimAnchors(state).map((a) => a.from + 6));
    // At a claim's edge the text stays outside it: the mark is not inclusive.
    const atEdge = apply(next, (tr) => tr.insertText("!", findText(next.doc, "13 US servicemen").to));
    expect(quotes(atEdge)).toEqual(quotes(state));
    expect(pluginState(atEdge).revision).toBe(before.revision);
  });

  it("updates the quote and the revision when typing inside a claim", () => {
    const state = createState(article);
    const at = findText(state.doc, "US").to;
    const next = apply(state, (tr) => tr.insertText(" Army", at));
    expect(quotes(next)).toEqual([
      [ID_A, "113 people including 13 US Army servicemen"],
      [ID_B, "13 US Army servicemen"],
      [ID_C, "in eleven days\nand Kabul"],
    ]);
    expect(pluginState(next).revision).toBe(pluginState(state).revision + 1);
    expect(pluginState(next).scan).toBe(pluginState(state).scan);
  });

  it("drops a claim whose words are deleted and brings it back on undo", () => {
    const state = createState(article);
    const { from, to } = findText(state.doc, "13 US servicemen");
    const deleted = apply(state, (tr) => tr.delete(from, to));
    expect(quotes(deleted)).toEqual([
      [ID_A, "113 people including "],
      [ID_C, "in eleven days\nand Kabul"],
    ]);
    expect(pluginState(deleted).revision).toBe(pluginState(state).revision + 1);
    let undone = deleted;
    undo(deleted, (tr) => (undone = deleted.apply(tr)));
    expect(quotes(undone)).toEqual(quotes(state));
    expect(getClaimAnchors(undone)).toEqual(getClaimAnchors(state));
  });

  it("sees marked text inserted again, as an undo or a collaborator would", () => {
    const state = createState(article);
    const { from, to } = findText(state.doc, "in eleven days");
    const cut = state.doc.slice(from, to);
    const deleted = apply(state, (tr) => tr.delete(from, to));
    expect(quotes(deleted).map(([id]) => id)).toEqual([ID_A, ID_B, ID_C]);
    expect(quotes(deleted)[2]).toEqual([ID_C, "and Kabul"]);
    const restored = apply(deleted, (tr) => tr.replace(from, from, cut).setMeta("addToHistory", false));
    expect(quotes(restored)).toEqual(quotes(state));
  });

  it("follows claim marks added and removed", () => {
    const state = createState(article);
    const range = findText(state.doc, "Over");
    const marked = apply(state, (tr) => tr.addMark(range.from, range.to, claimType.create({ id: ID_D })));
    expect(quotes(marked)[0]).toEqual([ID_D, "Over"]);
    expect(pluginState(marked).revision).toBe(pluginState(state).revision + 1);
    const { from, to } = findText(marked.doc, "13 US servicemen");
    const unmarked = apply(marked, (tr) => tr.removeMark(from, to, claimType.create({ id: ID_B })));
    expect(quotes(unmarked).map(([id]) => id)).toEqual([ID_D, ID_A, ID_C]);
  });

  it("keeps the revision when only formatting changes", () => {
    const state = createState(article);
    const { from, to } = findText(state.doc, "people including 13");
    const next = apply(state, (tr) => tr.addMark(from, to, schema.mark(bold.type)));
    expect(pluginState(next).revision).toBe(pluginState(state).revision);
    expect(getClaimAnchors(next)).toEqual(getClaimAnchors(state));
  });

  it("gives highlights their status and rating and outlines the active claim", () => {
    const state = createState(article);
    const coloured = state.apply(
      setClaimStatusesTr(state, new Map([[ID_A, "VERIFIED"]]), new Map([[ID_A, "Misleading"]])),
    );
    expect(lookOf(coloured, ID_A)).toBe("VERIFIED Misleading");
    expect(lookOf(coloured, ID_B)).toBe("UNSAVED");
    const active = coloured.apply(setActiveClaimTr(coloured, ID_B));
    expect(lookOf(active, ID_B)).toBe("UNSAVED active");
    const moved = active.apply(setActiveClaimTr(active, ID_A));
    expect(lookOf(moved, ID_A)).toBe("VERIFIED Misleading active");
    expect(lookOf(moved, ID_B)).toBe("UNSAVED");
    expect(pluginState(moved).revision).toBe(pluginState(state).revision);
    // A claim marked later takes the status it is known by; a rating shows only once verified.
    const range = findText(moved.doc, "Over");
    const later = moved.apply(
      moved.tr.addMark(range.from, range.to, claimType.create({ id: ID_D })).setMeta("addToHistory", false),
    );
    const known = later.apply(
      setClaimStatusesTr(later, new Map([[ID_D, "IN_REVIEW"]]), new Map([[ID_D, "False"]])),
    );
    expect(lookOf(known, ID_D)).toBe("IN_REVIEW");
    expect(lookOf(known, ID_A)).toBe("UNSAVED active");
  });

  it("draws nothing itself: the highlight is the claim mark's element", () => {
    const plugin = createClaimAnchorsPlugin();
    expect(plugin.props.decorations).toBeUndefined();
    expect(Object.keys(plugin.props.markViews ?? {})).toEqual(["claim"]);
  });

  it("treats a stray second range of an id as a copy, not the claim", () => {
    const state = createState(
      doc(p(t("First", claim(ID_A)), t(" and then "), t("Second", claim(ID_A)), t(" end."))),
    );
    expect(quotes(state)).toEqual([[ID_A, "First"]]);
    // One anchor for the claim; the copy is kept apart (and drawn as no claim).
    expect(pluginState(state).decorations.find()).toHaveLength(1);
    expect(pluginState(state).strays.find()).toHaveLength(1);
    // Once the text between goes, the copy joins the claim.
    const between = findText(state.doc, " and then ");
    const joined = apply(state, (tr) => tr.delete(between.from, between.to));
    expect(quotes(joined)).toEqual([[ID_A, "FirstSecond"]]);
    // Once the claim's own words go, the copy becomes the claim.
    const first = findText(state.doc, "First");
    const replaced = apply(state, (tr) => tr.delete(first.from, first.to));
    expect(quotes(replaced)).toEqual([[ID_A, "Second"]]);
  });

  it("splits a claim when unmarked text lands inside it, keeping the first part", () => {
    const state = createState(article);
    // Pasted text arrives without claim marks.
    const at = findText(state.doc, "eleven").to;
    const pasted = apply(state, (tr) =>
      tr.replace(at, at, new Slice(Fragment.from(schema.text(" (!)")), 0, 0)),
    );
    expect(quotes(pasted)[2]).toEqual([ID_C, "in eleven"]);
    // Typing at the start of the claim's second paragraph does not carry the mark either.
    const start = findText(state.doc, "and Kabul").from;
    const typed = apply(state, (tr) => tr.insertText("X", start));
    expect(quotes(typed)[2]).toEqual([ID_C, "in eleven days"]);
  });

  it("handles a remote step batch like a local one", () => {
    const state = createState(article);
    const range = findText(state.doc, "followed");
    const remote = state.tr
      .insertText("soon ", range.from)
      .addMark(range.from, range.to + 5, claimType.create({ id: ID_D }))
      .setMeta("addToHistory", false);
    expect(quotes(state.apply(remote))[3]).toEqual([ID_D, "soon followed"]);
  });
});
