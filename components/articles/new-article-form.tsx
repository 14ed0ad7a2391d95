"use client";
import { useActionState, useState } from "react";
import { FileUp } from "lucide-react";
import { titleFromImport } from "@/lib/domain/document/imported-title";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label, Textarea } from "@/components/ui/input";
import { ARTICLE_TOO_LONG, MAX_ARTICLE_TEXT, normalizeLineBreaks } from "@/lib/validation/articles";

type Result = { ok: true } | { ok: false; message: string; issues?: { path: string; message: string }[] };

const MAX_FILE_BYTES = 4 * 1024 * 1024;
const count = new Intl.NumberFormat("en");

export function NewArticleForm({
  action,
}: {
  action: (prev: Result | null, form: FormData) => Promise<Result>;
}) {
  const [result, formAction, pending] = useActionState(action, null);
  // Controlled fields: React resets uncontrolled ones after an action, and a refused
  // submission must not lose what the person typed.
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [format, setFormat] = useState<"txt" | "md">("txt");
  const [fileError, setFileError] = useState<string>();
  // Over the limit the form says so and does not send (the server refuses it too): the
  // text is never cut short, so nothing pasted is lost. Counted as the server counts.
  const length = normalizeLineBreaks(text).length;
  const [tooLong, setTooLong] = useState(false);
  const showTooLong = tooLong && length > MAX_ARTICLE_TEXT;
  const issue = (path: string) =>
    result && !result.ok ? result.issues?.find((i) => i.path === path)?.message : undefined;

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(undefined);
    if (!file) return;
    const lower = file.name.toLowerCase();
    if (!lower.endsWith(".txt") && !lower.endsWith(".md") && !lower.endsWith(".markdown")) {
      setFileError("Choose a .txt or .md file.");
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setFileError("That file is larger than 4 MB.");
      return;
    }
    const format = lower.endsWith(".txt") ? "txt" : "md";
    const content = await file.text();
    setFormat(format);
    // A title someone typed is theirs (the file stays as it is); an empty one takes the
    // file's heading, which then leaves the body, or its name.
    const imported = titleFromImport(file.name, content, format);
    if (title.trim() || !imported.title) {
      setText(content);
      return;
    }
    setTitle(imported.title);
    setText(imported.text);
  }

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        setTooLong(length > MAX_ARTICLE_TEXT);
        if (length > MAX_ARTICLE_TEXT) event.preventDefault();
      }}
      noValidate
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-5"
    >
      <div className="space-y-1.5">
        <Label htmlFor="title">Title</Label>
        <Input
          id="title"
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          aria-invalid={Boolean(issue("title"))}
          aria-describedby="title-error"
        />
        <FieldError id="title-error" message={issue("title")} />
      </div>
      <div className="space-y-1.5">
        <div className="flex items-end justify-between">
          <Label htmlFor="text">Article text</Label>
          <label className="inline-flex cursor-pointer items-center gap-1.5 text-sm text-blue-800 hover:underline focus-within:outline-2 focus-within:outline-blue-700">
            <FileUp className="size-4" aria-hidden="true" />
            Import a .txt or .md file
            <input
              type="file"
              accept=".txt,.md,.markdown,text/plain,text/markdown"
              className="sr-only"
              onChange={onFile}
            />
          </label>
        </div>
        <Textarea
          id="text"
          name="text"
          required
          rows={16}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={Boolean(issue("text")) || showTooLong}
          aria-describedby="text-error text-count text-help"
          placeholder="Paste the draft here. Blank lines separate paragraphs."
        />
        <FieldError
          id="text-error"
          message={
            showTooLong
              ? `${ARTICLE_TOO_LONG} This text has ${count.format(length)}; shorten it or split it into two articles.`
              : (issue("text") ?? fileError)
          }
        />
        <p
          id="text-count"
          className={length > MAX_ARTICLE_TEXT ? "text-xs text-red-800" : "text-xs text-slate-600"}
        >
          {count.format(length)} of {count.format(MAX_ARTICLE_TEXT)} characters
        </p>
        <fieldset className="flex items-center gap-4 pt-1 text-sm" id="text-help">
          <legend className="sr-only">Text format</legend>
          <label className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name="format"
              value="txt"
              checked={format === "txt"}
              onChange={() => setFormat("txt")}
            />
            Plain text
          </label>
          <label className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name="format"
              value="md"
              checked={format === "md"}
              onChange={() => setFormat("md")}
            />
            Markdown (headings, bold, italic, links, lists)
          </label>
        </fieldset>
      </div>
      {result && !result.ok && !result.issues?.length && (
        <p role="alert" className="text-sm text-red-800">
          {result.message}
        </p>
      )}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create article"}
        </Button>
      </div>
    </form>
  );
}
