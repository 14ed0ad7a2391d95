import "server-only";
import sanitizeHtml from "sanitize-html";
import { Window } from "happy-dom";
import { DOMParser as ProseMirrorDOMParser } from "@tiptap/pm/model";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { isAllowedHref } from "@/lib/domain/document/link-policy";
import type { DocJSON } from "@/lib/domain/document/types";
import type { ImportTally } from "@/lib/domain/import/import-notices";

// HTML (a file, a paste from Word or Google Docs, or mammoth's rendering of a .docx) cleaned
// to the article schema in two passes: sanitize-html keeps only the tags the schema can hold
// and counts everything else into the tally; then the editor schema's own parser (the rules
// the browser uses for a paste) reads the clean HTML in a script-less DOM.

const DROPPED_WITH_CONTENT = ["script", "style", "noscript", "template", "iframe", "object", "embed"];
/** Word's pasted lists carry their bullet ("·", "1.") as text in a span marked mso-list:Ignore. */
const WORD_BULLET = "x-word-bullet";
const EMBEDDED = new Set([
  ...DROPPED_WITH_CONTENT.filter((t) => t !== "style"),
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "video",
  "audio",
  "canvas",
  "svg",
  "math",
]);
const IMAGES = new Set(["img", "picture", "image"]);
const FORMATTING = new Set([
  "u",
  "s",
  "strike",
  "del",
  "ins",
  "sup",
  "sub",
  "code",
  "pre",
  "kbd",
  "font",
  "mark",
  "small",
  "big",
  "tt",
]);

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h1",
    "h2",
    "h3",
    "strong",
    "b",
    "em",
    "i",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "br",
    "span",
    "div",
  ],
  allowedAttributes: { a: ["href"], b: ["style"], span: ["style"] },
  // Only what the schema's bold and italic rules read: Google Docs marks words bold and
  // italic with styles, and wraps a whole paste in <b style="font-weight:normal">.
  allowedStyles: {
    "*": {
      "font-weight": [/^(normal|bold|bolder|lighter|[1-9]00)$/],
      "font-style": [/^(normal|italic|oblique)$/],
    },
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: [...DROPPED_WITH_CONTENT, WORD_BULLET],
  transformTags: {
    h4: "h3",
    h5: "h3",
    h6: "h3",
    // A table's words are kept, a cell to a block of its own (the parser makes it a
    // paragraph); the tally says it was flattened.
    td: "div",
    th: "div",
    caption: "div",
    dt: "div",
    dd: "div",
    span: (tagName, attribs) =>
      /mso-list:\s*ignore/i.test(attribs.style ?? "")
        ? { tagName: WORD_BULLET, attribs: {} }
        : { tagName, attribs },
  },
};

/** Cleans `html` to the article schema; what it could not keep is added to `tally`. */
export function htmlToDoc(html: string, tally: ImportTally): DocJSON {
  const clean = sanitizeHtml(html, {
    ...SANITIZE,
    onOpenTag: (name, attribs) => countDropped(name, attribs, tally),
  });
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const container = window.document.createElement("div");
    container.innerHTML = clean;
    const node = ProseMirrorDOMParser.fromSchema(getDocumentSchema()).parse(container as unknown as Node);
    return node.toJSON() as DocJSON;
  } finally {
    void window.happyDOM.close();
  }
}

function countDropped(name: string, attribs: Record<string, string>, tally: ImportTally): void {
  if (IMAGES.has(name)) tally.images += 1;
  else if (name === "table") tally.tables += 1;
  else if (EMBEDDED.has(name)) tally.embedded += 1;
  else if (FORMATTING.has(name)) tally.formatting += 1;
  else if (name === "hr") tally.rules += 1;
  else if (name === "a" && attribs.href !== undefined && !isAllowedHref(attribs.href)) tally.links += 1;
}
