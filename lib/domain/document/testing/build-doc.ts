import type { DocJSON, MarkJSON, NodeJSON } from "../types";

// Terse builders for document JSON in tests: doc(p(t("a"), t("b", bold))).

export const ID_A = "0b7c6f1e-8a4e-4c1f-9a53-2f4a1c9d7e01";
export const ID_B = "7d2f4b8a-1c3e-4f5a-8b6c-9d0e1f2a3b02";
export const ID_C = "c3a1e5d7-9b2f-4c6e-a8d0-1f3b5d7e9a03";

export const bold: MarkJSON = { type: "bold" };
export const italic: MarkJSON = { type: "italic" };

export function claim(id: string): MarkJSON {
  return { type: "claim", attrs: { id } };
}

export function link(href: string): MarkJSON {
  return { type: "link", attrs: { href } };
}

export function t(text: string, ...marks: MarkJSON[]): NodeJSON {
  return marks.length > 0 ? { type: "text", text, marks } : { type: "text", text };
}

export function br(...marks: MarkJSON[]): NodeJSON {
  return marks.length > 0 ? { type: "hardBreak", marks } : { type: "hardBreak" };
}

export function p(...content: NodeJSON[]): NodeJSON {
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

export function h(level: 1 | 2 | 3, ...content: NodeJSON[]): NodeJSON {
  return { type: "heading", attrs: { level }, content };
}

export function li(...content: NodeJSON[]): NodeJSON {
  return { type: "listItem", content };
}

export function ul(...items: NodeJSON[]): NodeJSON {
  return { type: "bulletList", content: items };
}

export function ol(...items: NodeJSON[]): NodeJSON {
  return { type: "orderedList", attrs: { start: 1 }, content: items };
}

export function quote(...content: NodeJSON[]): NodeJSON {
  return { type: "blockquote", content };
}

export function doc(...content: NodeJSON[]): DocJSON {
  return { type: "doc", content };
}
