import { getSchema, type Extensions } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { StarterKit } from "@tiptap/starter-kit";
import { ClaimMark } from "./claim-mark";
import { isAllowedHref } from "./link-policy";

export { CLAIM_MARK, ClaimMark } from "./claim-mark";

// THE extension list of an article body. The browser editor and the server build their
// schema from this same list, so what one accepts the other accepts.
//
// Kept deliberately small for a newsroom draft: no code, code blocks, strike, underline or
// horizontal rules. Every node or mark we add is one more thing parseDocument must police.
const articleStarterKit = StarterKit.configure({
  heading: { levels: [1, 2, 3] },
  code: false,
  codeBlock: false,
  strike: false,
  underline: false,
  horizontalRule: false,
  // TrailingNode silently appends an empty paragraph after a final heading/list/quote,
  // which would make loading an article look like an edit (and shift nothing but still
  // change the saved JSON). Articles keep exactly the blocks their author wrote.
  trailingNode: false,
  link: {
    openOnClick: false,
    autolink: true,
    // http, https and mailto are linkify's built-ins; `protocols` only registers extra
    // schemes, so the allow-list is enforced through isAllowedUri instead.
    protocols: [],
    defaultProtocol: "https",
    isAllowedUri: (url: string) => isAllowedHref(url),
    HTMLAttributes: {
      target: "_blank",
      rel: "noopener noreferrer nofollow",
      class: null,
    },
  },
});

export const documentExtensions: Extensions = [articleStarterKit, ClaimMark];

let cachedSchema: Schema | undefined;

/** The ProseMirror schema of an article body; built once, usable in plain Node (no DOM). */
export function getDocumentSchema(): Schema {
  cachedSchema ??= getSchema(documentExtensions);
  return cachedSchema;
}
