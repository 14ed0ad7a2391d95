// Small labels after verified claims' words ("Misleading"), so the finding is visible at
// a glance in the text. Widget decorations: they never enter the document. Typing outside
// claims only maps them; they are placed afresh when the tags change or a claim changed
// (the anchors plugin's revision or scan moved), since a widget whose neighbouring
// character is deleted would otherwise be dropped by the mapping.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { claimAnchorsKey, getClaimAnchors } from "@/lib/editor/claim-anchors";

export interface ClaimTag {
  id: string;
  text: string;
}

interface TagState {
  tags: ClaimTag[];
  decorations: DecorationSet;
  /** The anchors plugin's revision and scan count the decorations were placed at. */
  anchors: string;
}

const key = new PluginKey<TagState>("claimTags");

// Reads the anchors plugin's state of the state being built, so that plugin must come
// first (ClaimAnchors has a high priority for this).
function build(state: EditorState, tags: ClaimTag[]): TagState {
  const anchors = readAnchorsVersion(state);
  if (tags.length === 0) return { tags, decorations: DecorationSet.empty, anchors };
  const ends = new Map(getClaimAnchors(state).map((anchor) => [anchor.id, anchor.to]));
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
          // Not part of the article's text for a screen reader (the claim's card says it).
          span.setAttribute("aria-hidden", "true");
          span.textContent = tag.text;
          return span;
        },
        { side: -1, key: `${tag.id}:${tag.text}`, ignoreSelection: true },
      ),
    ];
  });
  return { tags, decorations: DecorationSet.create(state.doc, decorations), anchors };
}

function readAnchorsVersion(state: EditorState): string {
  const anchors = claimAnchorsKey.getState(state);
  return anchors ? `${anchors.revision}:${anchors.scan}` : "";
}

/** The tags shown now. */
export function getClaimTags(state: EditorState): readonly ClaimTag[] {
  return key.getState(state)?.tags ?? [];
}

export function setClaimTagsTr(state: EditorState, tags: ClaimTag[]): Transaction {
  return state.tr.setMeta(key, tags).setMeta("addToHistory", false);
}

export function createClaimTagsPlugin(): Plugin<TagState> {
  return new Plugin<TagState>({
    key,
    state: {
      init: (_config, state) => build(state, []),
      apply(tr, value, _oldState, newState) {
        const tags = tr.getMeta(key) as ClaimTag[] | undefined;
        if (tags) return build(newState, tags);
        if (readAnchorsVersion(newState) !== value.anchors) return build(newState, value.tags);
        if (tr.docChanged) return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
        return value;
      },
    },
    props: { decorations: (state) => key.getState(state)?.decorations },
  });
}

export const ClaimTags = Extension.create({
  name: "claimTags",
  addProseMirrorPlugins() {
    return [createClaimTagsPlugin()];
  },
});
