// For people who may mark claims but not change the text (fact-checkers): the editor
// stays selectable, and any change other than adding or removing a claim mark is
// dropped. The server enforces the same rule on save.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { AddMarkStep, RemoveMarkStep } from "@tiptap/pm/transform";
import { CLAIM_MARK } from "@/lib/domain/document/claim-mark";

export const TextLock = Extension.create({
  name: "textLock",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("textLock"),
        filterTransaction: (tr) =>
          !tr.docChanged ||
          tr.steps.every(
            (step) =>
              (step instanceof AddMarkStep || step instanceof RemoveMarkStep) &&
              step.mark.type.name === CLAIM_MARK,
          ),
      }),
    ];
  },
});
