// The browser's claim mark: the shared schema (lib/domain) plus editor behaviour —
// the Mark-as-claim shortcut, a paste filter and the "flash" decoration.
import { Extension } from "@tiptap/core";
import { Fragment, Slice, type Node as PMNode, type Schema } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { CLAIM_MARK } from "@/lib/domain/document/claim-mark";

export const MARK_CLAIM_SHORTCUT = "Mod-Alt-m";

/** Removes every claim mark from pasted content: copying text never copies a claim. */
export function stripClaimMarksFromSlice(slice: Slice, schema: Schema): Slice {
  const claim = schema.marks[CLAIM_MARK];
  if (!claim) return slice;
  const strip = (fragment: Fragment): Fragment => {
    const nodes: PMNode[] = [];
    fragment.forEach((node) => {
      const marks = claim.removeFromSet(node.marks);
      nodes.push(node.isText ? node.mark(marks) : node.copy(strip(node.content)).mark(marks));
    });
    return Fragment.fromArray(nodes);
  };
  return new Slice(strip(slice.content), slice.openStart, slice.openEnd);
}

/** The document range [from, to) carrying the claim's mark, or null. */
export function findClaimRange(doc: PMNode, id: string): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    if (node.marks.some((m) => m.type.name === CLAIM_MARK && m.attrs.id === id)) {
      if (from < 0) from = pos;
      to = pos + node.nodeSize;
    }
    return false;
  });
  return from < 0 ? null : { from, to };
}

/** Adds a claim mark over [from, to) without touching other claims' marks. */
export function addClaimMarkTr(state: EditorState, from: number, to: number, id: string): Transaction {
  const type = state.schema.marks[CLAIM_MARK];
  if (!type) throw new Error("The claim mark is not in the schema.");
  return state.tr.addMark(from, to, type.create({ id }));
}

/** Removes every range of one claim's mark. */
export function removeClaimMarkTr(state: EditorState, id: string): Transaction {
  const tr = state.tr;
  state.doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      if (mark.type.name === CLAIM_MARK && mark.attrs.id === id)
        tr.removeMark(pos, pos + node.nodeSize, mark);
    }
    return false;
  });
  return tr;
}

const flashKey = new PluginKey<DecorationSet>("claimFlash");

export function flashClaimTr(state: EditorState, range: { from: number; to: number } | null): Transaction {
  return state.tr.setMeta(flashKey, range).setMeta("addToHistory", false);
}

export interface ClaimBehaviourOptions {
  onMarkShortcut: () => boolean;
  onSaveShortcut: () => boolean;
}

export const ClaimBehaviour = Extension.create<ClaimBehaviourOptions>({
  name: "claimBehaviour",
  addOptions() {
    return { onMarkShortcut: () => false, onSaveShortcut: () => false };
  },
  addKeyboardShortcuts() {
    return {
      [MARK_CLAIM_SHORTCUT]: () => this.options.onMarkShortcut(),
      "Mod-s": () => this.options.onSaveShortcut(),
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("claimPasteFilter"),
        props: { transformPasted: (slice, view) => stripClaimMarksFromSlice(slice, view.state.schema) },
      }),
      new Plugin<DecorationSet>({
        key: flashKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const meta = tr.getMeta(flashKey) as { from: number; to: number } | null | undefined;
            if (meta === undefined) return set.map(tr.mapping, tr.doc);
            if (meta === null) return DecorationSet.empty;
            return DecorationSet.create(tr.doc, [
              Decoration.inline(meta.from, meta.to, { class: "claim-flash" }),
            ]);
          },
        },
        props: { decorations: (state) => flashKey.getState(state) },
      }),
    ];
  },
});
