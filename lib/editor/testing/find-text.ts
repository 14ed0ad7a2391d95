import type { Node as PMNode } from "@tiptap/pm/model";

// Test helper: the document positions [from, to) of the first occurrence of `needle`
// inside one textblock (text may be split over several marked text nodes).
export function findText(doc: PMNode, needle: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found || !node.isTextblock) return !found;
    const positions: number[] = [];
    let text = "";
    node.forEach((child, offset) => {
      const childText = child.isText ? (child.text ?? "") : "\uFFFC";
      for (let i = 0; i < childText.length; i += 1) positions.push(pos + 1 + offset + i);
      text += childText;
    });
    const index = text.indexOf(needle);
    const first = positions[index];
    const last = positions[index + needle.length - 1];
    if (index >= 0 && first !== undefined && last !== undefined) found = { from: first, to: last + 1 };
    return false;
  });
  if (!found) throw new Error(`"${needle}" is not in the document`);
  return found;
}
