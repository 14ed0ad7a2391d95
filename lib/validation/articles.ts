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

export const ZCreateArticleInput = z.object({
  title: z
    .string({ error: "Give the article a title." })
    .trim()
    .min(1, "Give the article a title.")
    .max(200, "Keep the title under 200 characters."),
  text: z
    .string({ error: "Paste the article text or choose a file." })
    .transform(normalizeLineBreaks)
    .pipe(
      z
        .string()
        .max(MAX_ARTICLE_TEXT, ARTICLE_TOO_LONG)
        .refine((t) => t.trim().length > 0, "Paste the article text or choose a file."),
    ),
  format: z.enum(["txt", "md"]).default("txt"),
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
