import { Mark, mergeAttributes } from "@tiptap/core";

// The schema of a claim highlight, and nothing else. The browser editor `.extend()`s this
// mark with keyboard shortcuts, click handling and a paste filter; the server only needs
// the schema, so no editor behaviour may live here.

export const CLAIM_MARK = "claim";

// Any UUID version, either case; ids are stored exactly as sent (no normalisation), so a
// claim id round-trips byte for byte between editor, database and exports.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isClaimId(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}

export const ClaimMark = Mark.create({
  name: CLAIM_MARK,

  // Claims may overlap or nest ("13 US servicemen" inside a longer casualty claim).
  excludes: "",
  // Typing at the edge of a claim must not silently grow the quoted text.
  inclusive: false,
  // A claim may cross a paragraph break and still be one mark range.
  spanning: true,

  addAttributes() {
    return {
      id: {
        // Required: a claim mark without its id would be an anchor to nothing.
        default: undefined,
        isRequired: true,
        validate: "string",
        parseHTML: (element: HTMLElement) => element.getAttribute("data-claim-id"),
        renderHTML: (attributes: Record<string, unknown>) => ({
          "data-claim-id": attributes.id,
        }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "mark[data-claim-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes(HTMLAttributes, { class: "claim" }), 0];
  },
});
