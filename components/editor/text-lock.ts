// For people who may mark claims but not change the text (fact-checkers): the editor
// stays selectable, and any change of theirs other than adding or removing a claim mark
// is dropped. The server enforces the same rule on every step batch (the same test).
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { classifySteps } from "@/lib/editor/classify-steps";
import { isRemoteTransaction } from "@/components/editor/collab/collab-extension";

export const TextLock = Extension.create({
  name: "textLock",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("textLock"),
        // Colleagues' steps (received through prosemirror-collab) always apply.
        filterTransaction: (tr) =>
          !tr.docChanged || isRemoteTransaction(tr) || !classifySteps(tr.steps).changesTextOrFormatting,
      }),
    ];
  },
});
