import type { DocJSON, NodeJSON } from "@/lib/domain/document/types";

/** Rewrites the text of every text node, keeping marks and structure: an editor's edit. */
export function editText(doc: DocJSON, replace: (text: string) => string): DocJSON {
  const walk = (node: NodeJSON): NodeJSON =>
    node.type === "text"
      ? { ...node, text: replace(node.text ?? "") }
      : { ...node, ...(node.content ? { content: node.content.map(walk) } : {}) };
  return walk(doc) as DocJSON;
}
