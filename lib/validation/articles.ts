// zod schemas for articles, shared by the new-article form, server actions and the API.
import { z } from "@/lib/validation/zod";
import { MAX_CORRECTION_NOTE } from "@/lib/domain/corrections/plan-corrections";

/** A correction's public note: blank counts as none; the use case says when one is required. */
export const ZOptionalCorrectionNote = z
  .string({ error: "correctionNote must be text." })
  .trim()
  .max(MAX_CORRECTION_NOTE, `Keep the correction note under ${MAX_CORRECTION_NOTE} characters.`)
  .optional()
  .transform((note) => (note ? note : null));

/** Writing the public note a pending correction still needs (or rewording it). */
export const ZNoteCorrectionInput = z.object({
  note: z
    .string({ error: "Write the public note as text." })
    .trim()
    .min(1, "Write a short public note saying what was corrected.")
    .max(MAX_CORRECTION_NOTE, `Keep the correction note under ${MAX_CORRECTION_NOTE} characters.`),
});
export type NoteCorrectionInput = z.input<typeof ZNoteCorrectionInput>;

export const MAX_ARTICLE_TEXT = 1_000_000;
export const ARTICLE_TOO_LONG = "The text is longer than 1,000,000 characters.";

/**
 * The article text as the server counts it: a line break is one character, however the
 * browser sent it (a form submission turns each into CRLF).
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** What an article can be made from: plain text, Markdown, HTML (a file or a paste) or Word. */
export const IMPORT_FORMATS = ["txt", "md", "html", "docx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** The largest file an import takes (a .docx with its pictures, an HTML export). */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;
export const IMPORT_FILE_TOO_LARGE = "The file is larger than 10 MB.";
const TEXT_REQUIRED = "Paste the article text or choose a file.";

const ZArticleText = z
  .string({ error: TEXT_REQUIRED })
  .transform(normalizeLineBreaks)
  .pipe(
    z
      .string()
      .max(MAX_ARTICLE_TEXT, ARTICLE_TOO_LONG)
      .refine((t) => t.trim().length > 0, TEXT_REQUIRED),
  );

const ZHtmlText = z
  .string({ error: TEXT_REQUIRED })
  .max(MAX_IMPORT_FILE_BYTES, IMPORT_FILE_TOO_LARGE)
  .refine((t) => t.trim().length > 0, TEXT_REQUIRED);

/** A .docx file: its bytes (an upload), or base64 in a JSON body. */
const ZDocxBytes = z
  .union([z.instanceof(Uint8Array), z.base64({ error: "A .docx file goes in `text` as base64." })], {
    error: "A .docx file goes in `text` as base64.",
  })
  .transform((v) => (typeof v === "string" ? new Uint8Array(Buffer.from(v, "base64")) : v))
  .pipe(
    z
      .instanceof(Uint8Array)
      .refine((b) => b.byteLength > 0, "The file is empty.")
      .refine((b) => b.byteLength <= MAX_IMPORT_FILE_BYTES, IMPORT_FILE_TOO_LARGE),
  );

/**
 * A new article: its title (blank: taken from the file, see titleFromImport) and its text
 * in one of IMPORT_FORMATS under `text` (`content` is the same field, as the versions API
 * names it).
 */
export const ZCreateArticleInput = z
  .object({
    title: z
      .string({ error: "Give the article a title." })
      .trim()
      .max(200, "Keep the title under 200 characters.")
      .default(""),
    text: z.unknown().optional(),
    content: z.unknown().optional(),
    format: z
      .enum(IMPORT_FORMATS, { error: `format must be one of ${IMPORT_FORMATS.join(", ")}.` })
      .default("txt"),
    /** The imported file's name, for a title when none is given. */
    fileName: z.string({ error: "fileName must be text." }).trim().max(255).optional(),
  })
  .transform((input, ctx) => {
    const raw = input.text ?? input.content;
    const schema = input.format === "docx" ? ZDocxBytes : input.format === "html" ? ZHtmlText : ZArticleText;
    const parsed = schema.safeParse(raw);
    // Typed or pasted text names no title of its own; a file or formatted paste may.
    const titleFromSource = Boolean(input.fileName) || input.format === "html" || input.format === "docx";
    if (!input.title && !titleFromSource)
      ctx.addIssue({ code: "custom", path: ["title"], message: "Give the article a title." });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: "custom", path: ["text"], message: issue.message });
      return z.NEVER;
    }
    if (!input.title && !titleFromSource) return z.NEVER;
    return { title: input.title, format: input.format, fileName: input.fileName, text: parsed.data };
  });
export type CreateArticleInput = z.input<typeof ZCreateArticleInput>;

export const ZSaveDocumentInput = z.object({
  baseVersion: z.number({ error: "baseVersion must be a number." }).int().min(1),
  // The document itself is checked against the editor's schema by parseDocument.
  doc: z.unknown().refine((d) => d !== undefined, "doc is required."),
  removeClaimIds: z.array(z.uuid()).max(1000).default([]),
  /** The public note, required when the save corrects a cleared article's claim. */
  correctionNote: ZOptionalCorrectionNote,
});
export type SaveDocumentInput = z.input<typeof ZSaveDocumentInput>;

export const MAX_SPIKE_NOTE = 500;

/** Spiking or restoring an article: an optional note saying why, kept in the audit trail. */
export const ZArchiveArticleInput = z.object({
  note: z
    .string({ error: "Write the note as text." })
    .trim()
    .max(MAX_SPIKE_NOTE, `Keep the note under ${MAX_SPIKE_NOTE} characters.`)
    .optional()
    .transform((note) => (note ? note : null)),
});
export type ArchiveArticleInput = z.input<typeof ZArchiveArticleInput>;

export const IMPORT_FILE_TYPES = "Choose a .docx, .html, .md or .txt file.";

/** The import format a file's name says it has, or undefined for a type we do not read. */
export function formatOfFileName(name: string): ImportFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (ext) {
    case "txt":
    case "text":
      return "txt";
    case "md":
    case "markdown":
      return "md";
    case "html":
    case "htm":
      return "html";
    case "docx":
      return "docx";
    default:
      return undefined;
  }
}
