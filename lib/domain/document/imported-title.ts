import type { DocJSON } from "./types";

// The title of an imported file: a Markdown file's first-level heading (taken out of the
// body, so the article does not repeat its own title), else the file's name.

const MAX_TITLE = 200;

export interface ImportedText {
  /** The title the form should offer; "" when nothing sensible was found. */
  title: string;
  /** The body, without the heading that became the title. */
  text: string;
}

export function titleFromImport(fileName: string, text: string, format: "txt" | "md"): ImportedText {
  if (format === "md") {
    // The first line with anything on it, when it is a "# Heading" (ATX, level 1).
    const match = /^(?:[ \t]*\r?\n)*[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\r?\n|$)/.exec(text);
    const heading = match?.[1]?.trim();
    if (match && heading) {
      return {
        title: heading.slice(0, MAX_TITLE),
        text: text.slice(match[0].length).replace(/^(?:[ \t]*\r?\n)+/, ""),
      };
    }
  }
  return { title: titleFromFileName(fileName), text };
}

/** "kabul-fell_in 11 days.md" → "Kabul fell in 11 days". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const words = base.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  if (!words) return "";
  return (words.charAt(0).toUpperCase() + words.slice(1)).slice(0, MAX_TITLE);
}

/**
 * An imported document's title: its first block when that is a level-1 heading, which then
 * leaves the body (an HTML or Word file opens with its headline as often as a Markdown one).
 */
export function titleFromDoc(doc: DocJSON): { title: string; doc: DocJSON } {
  const [first, ...rest] = doc.content ?? [];
  if (first?.type !== "heading" || first.attrs?.level !== 1 || rest.length === 0) return { title: "", doc };
  const title = (first.content ?? [])
    .map((n) => (n.type === "text" ? (n.text ?? "") : " "))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_TITLE);
  return title ? { title, doc: { ...doc, content: rest } } : { title: "", doc };
}
