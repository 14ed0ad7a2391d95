"use client";
// A bare Tiptap editor over the article's schema (StarterKit + the plain claim mark): the
// baseline the workspace is measured against (npm run bench).
import { EditorContent, useEditor } from "@tiptap/react";
import { documentExtensions } from "@/lib/domain/document/extensions";
import type { DocJSON } from "@/lib/domain/document/types";

export function BareEditor({ doc }: { doc: DocJSON }) {
  const editor = useEditor({
    extensions: documentExtensions,
    content: doc,
    immediatelyRender: false,
    editorProps: { attributes: { class: "article-body mx-auto px-6 py-8", "aria-label": "Article text" } },
  });
  return (
    <main className="mx-auto max-w-[900px] p-4">
      <EditorContent editor={editor} />
    </main>
  );
}
