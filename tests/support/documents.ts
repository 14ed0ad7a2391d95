import type { DocJSON, NodeJSON } from "@/lib/domain/document/types";

/**
 * Rewrites the text of every text node, keeping marks and structure: an editor's edit. A
 * text node left empty disappears, as it does in the editor.
 */
export function editText(doc: DocJSON, replace: (text: string) => string): DocJSON {
  const walk = (node: NodeJSON): NodeJSON | null => {
    if (node.type === "text") {
      const text = replace(node.text ?? "");
      return text ? { ...node, text } : null;
    }
    if (!node.content) return node;
    return { ...node, content: node.content.map(walk).filter((n): n is NodeJSON => n !== null) };
  };
  return walk(doc) as DocJSON;
}
