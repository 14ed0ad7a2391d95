// Colleagues' carets and selections in the text: decorations only, never in the document.
// Positions arrive in this page's coordinates and are mapped through every transaction
// until the colleague's next update replaces them.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export interface RemoteCaret {
  clientId: string;
  name: string;
  color: string;
  anchor: number;
  head: number;
}

interface CaretState {
  carets: RemoteCaret[];
  decorations: DecorationSet;
}

const key = new PluginKey<CaretState>("presenceCarets");

export function setRemoteCaretsTr(state: EditorState, carets: RemoteCaret[]): Transaction {
  return state.tr.setMeta(key, carets).setMeta("addToHistory", false);
}

function build(state: { doc: EditorState["doc"] }, carets: RemoteCaret[]): DecorationSet {
  const size = state.doc.content.size;
  const decorations = carets.flatMap((caret) => {
    const head = Math.max(0, Math.min(size, caret.head));
    const anchor = Math.max(0, Math.min(size, caret.anchor));
    const from = Math.min(head, anchor);
    const to = Math.max(head, anchor);
    const marks = [
      Decoration.widget(head, () => renderCaret(caret), {
        key: `caret:${caret.clientId}:${caret.color}:${caret.name}`,
        side: 1,
        ignoreSelection: true,
      }),
    ];
    if (to > from) {
      marks.push(
        Decoration.inline(from, to, {
          class: "remote-selection",
          style: `background-color: ${caret.color}29`,
        }),
      );
    }
    return marks;
  });
  return DecorationSet.create(state.doc, decorations);
}

function renderCaret(caret: RemoteCaret): HTMLElement {
  const span = document.createElement("span");
  span.className = "remote-caret";
  span.style.borderColor = caret.color;
  span.setAttribute("aria-hidden", "true");
  const label = document.createElement("span");
  label.className = "remote-caret-label";
  label.style.backgroundColor = caret.color;
  label.textContent = caret.name;
  span.append(label);
  return span;
}

export const PresenceCarets = Extension.create({
  name: "presenceCarets",
  addProseMirrorPlugins() {
    return [
      new Plugin<CaretState>({
        key,
        state: {
          init: () => ({ carets: [], decorations: DecorationSet.empty }),
          apply(tr, value, _old, next) {
            const carets = tr.getMeta(key) as RemoteCaret[] | undefined;
            if (carets) return { carets, decorations: build(next, carets) };
            if (!tr.docChanged) return value;
            const mapped = value.carets.map((c) => ({
              ...c,
              anchor: tr.mapping.map(c.anchor),
              head: tr.mapping.map(c.head),
            }));
            return { carets: mapped, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
      }),
    ];
  },
});
