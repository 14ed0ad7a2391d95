"use client";
import { useActionState, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FileUp } from "lucide-react";
import { titleFromImport } from "@/lib/domain/document/imported-title";
import type { ImportNotice } from "@/lib/domain/import/import-notices";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label, Textarea } from "@/components/ui/input";
import { sendImport, type ImportProgress } from "@/components/articles/import-request";
import {
  ARTICLE_TOO_LONG,
  IMPORT_FILE_TOO_LARGE,
  IMPORT_FILE_TYPES,
  MAX_ARTICLE_TEXT,
  MAX_IMPORT_FILE_BYTES,
  formatOfFileName,
  normalizeLineBreaks,
} from "@/lib/validation/articles";

type Result = { ok: true } | { ok: false; message: string; issues?: { path: string; message: string }[] };

/** A file or paste the server converts (HTML, Word), held instead of text in the box. */
type Held = { kind: "file"; file: File } | { kind: "paste"; html: string; plain: string };

const count = new Intl.NumberFormat("en");
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
// A paste keeps its formatting when it carries some: headings, emphasis, links, lists,
// tables, or the marks Word and Google Docs leave.
const FORMATTED =
  /<(h[1-6]|b|strong|i|em|a|ul|ol|li|table)[\s>]|docs-internal-guid|mso-|font-weight|font-style/i;

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
  const [held, setHeld] = useState<Held>();
  const [progress, setProgress] = useState<ImportProgress>();
  const [imported, setImported] = useState<{ id: string; title: string; notices: ImportNotice[] }>();
  const [importError, setImportError] = useState<Result>();
  const router = useRouter();
  // Over the limit the form says so and does not send (the server refuses it too): the
  // text is never cut short, so nothing pasted is lost. Counted as the server counts.
  const length = normalizeLineBreaks(text).length;
  const [tooLong, setTooLong] = useState(false);
  const showTooLong = tooLong && length > MAX_ARTICLE_TEXT;
  const shown = importError ?? result;
  const issue = (path: string) =>
    shown && !shown.ok ? shown.issues?.find((i) => i.path === path)?.message : undefined;

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // The same file chosen again after a change must fire again.
    event.target.value = "";
    setFileError(undefined);
    setImportError(undefined);
    if (!file) return;
    const format = formatOfFileName(file.name);
    if (!format) {
      setFileError(IMPORT_FILE_TYPES);
      return;
    }
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setFileError(`${IMPORT_FILE_TOO_LARGE} This one is ${megabytes(file.size)}.`);
      return;
    }
    if (format === "html" || format === "docx") {
      // Converted on the server, where the schema cleans it; the title comes from it too.
      setHeld({ kind: "file", file });
      return;
    }
    setHeld(undefined);
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

  function onPaste(event: React.ClipboardEvent<HTMLTextAreaElement>) {
    const html = event.clipboardData.getData("text/html");
    const plain = event.clipboardData.getData("text/plain");
    // Into an empty box only: a paste into text already there stays a plain paste.
    if (text.trim() || !html || !FORMATTED.test(html)) return;
    event.preventDefault();
    setHeld({ kind: "paste", html, plain });
  }

  async function submitHeld(source: Held) {
    setImportError(undefined);
    setProgress({ stage: "sending", fraction: 0 });
    let body: FormData | Record<string, unknown>;
    if (source.kind === "file") {
      body = new FormData();
      body.set("file", source.file);
      body.set("title", title);
    } else {
      body = { title, format: "html", text: source.html };
    }
    const outcome = await sendImport(body, setProgress);
    setProgress(undefined);
    if (!outcome.ok) {
      setImportError({ ok: false, message: outcome.message, issues: outcome.issues });
      return;
    }
    if (outcome.notices.length === 0) router.push(`/articles/${outcome.id}`);
    else setImported(outcome);
  }

  if (imported) {
    return (
      <section
        aria-labelledby="imported-heading"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      >
        <h2 id="imported-heading" className="text-lg font-semibold">
          “{imported.title}” was created
        </h2>
        <div role="status" className="space-y-2 text-sm">
          <p>The import could not keep everything in the file. Check these before you rely on the text:</p>
          <ul className="list-disc space-y-1 pl-5">
            {imported.notices.map((n) => (
              <li key={n.kind}>{n.message}</li>
            ))}
          </ul>
        </div>
        <div className="flex justify-end">
          <Button asChild>
            <Link href={`/articles/${imported.id}`}>Open the article</Link>
          </Button>
        </div>
      </section>
    );
  }

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (held) {
          event.preventDefault();
          if (!progress) void submitHeld(held);
          return;
        }
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
          required={!held}
          maxLength={200}
          aria-invalid={Boolean(issue("title"))}
          aria-describedby="title-error title-help"
        />
        {held && (
          <p id="title-help" className="text-xs text-slate-600">
            Leave it blank to take the document’s headline, or else the file’s name.
          </p>
        )}
        <FieldError id="title-error" message={issue("title")} />
      </div>
      <div className="space-y-1.5">
        <div className="flex items-end justify-between">
          <Label htmlFor="text">Article text</Label>
          <label className="inline-flex cursor-pointer items-center gap-1.5 text-sm text-blue-800 hover:underline focus-within:outline-2 focus-within:outline-blue-700">
            <FileUp className="size-4" aria-hidden="true" />
            Import a file (.docx, .html, .md, .txt)
            <input
              type="file"
              accept=".docx,.html,.htm,.txt,.md,.markdown,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              className="sr-only"
              onChange={onFile}
            />
          </label>
        </div>
        {held ? (
          <div
            role="group"
            aria-label="Document to import"
            className="space-y-2 rounded-md border border-slate-300 bg-slate-50 p-4 text-sm"
          >
            <p className="font-medium">
              {held.kind === "file"
                ? `${held.file.name} (${megabytes(held.file.size)})`
                : `Formatted text pasted (${count.format(words(held.plain))} words)`}
            </p>
            <p className="text-slate-700">
              Headings, lists, bold, italic and links are kept; anything else the article cannot hold is
              listed after the import.
            </p>
            <div className="flex flex-wrap gap-2">
              {held.kind === "paste" && (
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() => {
                    setText(held.plain);
                    setHeld(undefined);
                  }}
                >
                  Paste as plain text instead
                </Button>
              )}
              <Button type="button" variant="outline" size="sm" onClick={() => setHeld(undefined)}>
                Remove
              </Button>
            </div>
            {progress && (
              <div className="space-y-1" aria-live="polite">
                <progress
                  className="w-full"
                  aria-label="Import progress"
                  max={1}
                  value={progress.stage === "sending" ? progress.fraction : undefined}
                />
                <p className="text-xs text-slate-700">
                  {progress.stage === "sending"
                    ? `Sending… ${Math.round(progress.fraction * 100)}%`
                    : "Converting the document…"}
                </p>
              </div>
            )}
            <FieldError id="text-error" message={issue("text") ?? fileError} />
          </div>
        ) : (
          <>
            <Textarea
              id="text"
              name="text"
              required
              rows={16}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onPaste={onPaste}
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
          </>
        )}
      </div>
      {shown && !shown.ok && !shown.issues?.length && (
        <p role="alert" className="text-sm text-red-800">
          {shown.message}
        </p>
      )}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending || Boolean(progress)}>
          {pending || progress ? "Creating…" : held ? "Import and create article" : "Create article"}
        </Button>
      </div>
    </form>
  );
}
