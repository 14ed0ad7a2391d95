// The JSON shape Tiptap/ProseMirror use for documents (`editor.getJSON()`, `node.toJSON()`).
// Attribute values are primitives only: no node or mark in our schema needs more, and
// refusing objects keeps a stored body from smuggling structured payloads.

export type AttrValue = string | number | boolean | null;

export type AttrsJSON = Record<string, AttrValue>;

export type MarkJSON = {
  type: string;
  attrs?: AttrsJSON;
};

export type NodeJSON = {
  type: string;
  attrs?: AttrsJSON;
  content?: NodeJSON[];
  text?: string;
  marks?: MarkJSON[];
};

export type DocJSON = {
  type: "doc";
  attrs?: AttrsJSON;
  content?: NodeJSON[];
};

/** A half-open range [start, end) of plain-text offsets (see plain-text.ts). */
export type TextRange = {
  start: number;
  end: number;
};
