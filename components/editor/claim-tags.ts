// Small labels after verified claims' words ("✓ Misleading"), so the finding is visible at
// a glance in the text. Widget decorations: they never enter the document.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { CLAIM_MARK } from "@/lib/domain/document/claim-mark";

export interface ClaimTag {
  id: string;
  text: string;
}

interface TagState {
  tags: ClaimTag[];
  decorations: DecorationSet;
}

const key = new PluginKey<TagState>("claimTags");

function claimEnds(doc: PMNode): Map<string, number> {
  const ends = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      if (mark.type.name === CLAIM_MARK) ends.set(String(mark.attrs.id), pos + node.nodeSize);
    }
    return false;
  });
  return ends;
}

function build(doc: PMNode, tags: ClaimTag[]): DecorationSet {
  if (tags.length === 0) return DecorationSet.empty;
  const ends = claimEnds(doc);
  const decorations = tags.flatMap((tag) => {
    const end = ends.get(tag.id);
    if (end === undefined) return [];
    return [
      Decoration.widget(
        end,
        () => {
          const span = document.createElement("span");
          span.className = "claim-tag";
          span.setAttribute("data-claim-tag", tag.id);
          span.contentEditable = "false";
          span.textContent = tag.text;
          return span;
        },
        { side: -1, key: `${tag.id}:${tag.text}`, ignoreSelection: true },
      ),
    ];
  });
  return DecorationSet.create(doc, decorations);
}

export function setClaimTagsTr(state: EditorState, tags: ClaimTag[]): Transaction {
  return state.tr.setMeta(key, tags).setMeta("addToHistory", false);
}

export const ClaimTags = Extension.create({
  name: "claimTags",
  addProseMirrorPlugins() {
    return [
      new Plugin<TagState>({
        key,
        state: {
          init: () => ({ tags: [], decorations: DecorationSet.empty }),
          apply(tr, value) {
            const tags = tr.getMeta(key) as ClaimTag[] | undefined;
            if (tags) return { tags, decorations: build(tr.doc, tags) };
            if (tr.docChanged) return { tags: value.tags, decorations: build(tr.doc, value.tags) };
            return value;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});
