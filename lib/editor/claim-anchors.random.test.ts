// The anchors plugin's cheap path (mapping) must always agree with reading the document
// afresh: random edits (typing, deleting, pasting with and without claim marks, marking,
// unmarking, splitting paragraphs, undo) are checked against a fresh state after each one.
import { describe, expect, it } from "vitest";
import { history, undo } from "@tiptap/pm/history";
import { EditorState, TextSelection, type Transaction } from "@tiptap/pm/state";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { extractClaims } from "@/lib/domain/document/extract-claims";
import { ID_A, ID_B, ID_C, claim, doc, p, t } from "@/lib/domain/document/testing/build-doc";
import type { DocJSON } from "@/lib/domain/document/types";
import { claimAnchorsKey, createClaimAnchorsPlugin, getClaimAnchors } from "./claim-anchors";

const schema = getDocumentSchema();
const claimType = schema.marks.claim!;
const IDS = [ID_A, ID_B, ID_C, "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716"];

function createRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const start = doc(
  p(t("Over "), t("113 people ", claim(ID_A)), t("incl 13 US", claim(ID_A), claim(ID_B)), t(" died.")),
  p(t("It fell "), t("in eleven days", claim(ID_C))),
  p(t("and Kabul", claim(ID_C)), t(" followed soon after.")),
  p(t("A last paragraph with words.")),
);

type Edit = (state: EditorState, pick: (n: number) => number) => Transaction | null;

function textPos(state: EditorState, pick: (n: number) => number): number | null {
  const pos = pick(state.doc.content.size + 1);
  return state.doc.resolve(pos).parent.inlineContent ? pos : null;
}

function range(state: EditorState, pick: (n: number) => number): [number, number] | null {
  const from = textPos(state, pick);
  const to = from === null ? null : textPos(state, (n) => Math.min(n - 1, from + 1 + pick(30)));
  return from === null || to === null || to <= from ? null : [from, to];
}

const EDITS: Edit[] = [
  (s, pick) => {
    const at = textPos(s, pick);
    return at === null ? null : s.tr.setSelection(TextSelection.create(s.doc, at)).insertText("xy");
  },
  (s, pick) => {
    const r = range(s, pick);
    return r && s.tr.delete(r[0], r[1]);
  },
  (s, pick) => {
    const r = range(s, pick);
    const at = textPos(s, pick);
    return r && at !== null ? s.tr.replace(at, at, s.doc.slice(r[0], r[1])) : null;
  },
  (s, pick) => {
    const r = range(s, pick);
    return r && s.tr.addMark(r[0], r[1], claimType.create({ id: IDS[pick(IDS.length)] }));
  },
  (s, pick) => {
    const r = range(s, pick);
    return r && s.tr.removeMark(r[0], r[1], claimType.create({ id: IDS[pick(IDS.length)] }));
  },
  (s, pick) => {
    const at = textPos(s, pick);
    return at === null ? null : s.tr.split(at);
  },
  (s, pick) => {
    const anchors = getClaimAnchors(s);
    const victim = anchors[pick(anchors.length)];
    return victim ? s.tr.delete(victim.from - pick(2), victim.to + pick(2)) : null;
  },
  (s) => {
    let tr: Transaction | null = null;
    undo(s, (t) => (tr = t));
    return tr;
  },
];

function readFresh(state: EditorState) {
  return getClaimAnchors(EditorState.create({ doc: state.doc, plugins: [createClaimAnchorsPlugin()] }));
}

describe("claim anchors under random edits", () => {
  it("always match a fresh reading of the document and of its JSON", () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const random = createRandom(seed);
      const pick = (n: number) => Math.floor(random() * n);
      let state = EditorState.create({
        doc: schema.nodeFromJSON(start),
        plugins: [createClaimAnchorsPlugin(), history()],
      });
      for (let move = 0; move < 40; move += 1) {
        const edit = EDITS[pick(EDITS.length)];
        let tr: Transaction | null = null;
        try {
          tr = edit ? edit(state, pick) : null;
        } catch {
          continue; // a random replace that does not fit the schema
        }
        if (!tr) continue;
        const before = state;
        state = state.apply(tr);
        const context = `seed ${seed}, move ${move}`;
        const anchors = getClaimAnchors(state);
        expect(anchors, context).toEqual(readFresh(state));
        const extracted = extractClaims(state.doc.toJSON() as DocJSON).claims;
        expect(
          anchors.map((a) => [a.id, a.quote]),
          context,
        ).toEqual(extracted.map((c) => [c.id, c.quote]));
        const listOf = (s: EditorState) => JSON.stringify(getClaimAnchors(s).map((a) => [a.id, a.quote]));
        const bumped =
          claimAnchorsKey.getState(state)?.revision !== claimAnchorsKey.getState(before)?.revision;
        expect(bumped, context).toBe(listOf(state) !== listOf(before));
      }
    }
  });
});
