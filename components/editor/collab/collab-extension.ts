// prosemirror-collab in the Tiptap editor: tracks which steps the server has confirmed,
// from the article version the page was loaded at. The server is the one authority.
import { Extension } from "@tiptap/core";
import { collab } from "prosemirror-collab";

export interface CollabStepsOptions {
  version: number;
  clientId: string;
}

export const CollabSteps = Extension.create<CollabStepsOptions>({
  name: "collabSteps",
  addOptions() {
    return { version: 1, clientId: "" };
  },
  addProseMirrorPlugins() {
    return [collab({ version: this.options.version, clientID: this.options.clientId })];
  },
});

/** True for the transactions prosemirror-collab makes from others' steps. */
export function isRemoteTransaction(tr: { getMeta: (key: string) => unknown }): boolean {
  return tr.getMeta("collab$") !== undefined;
}
