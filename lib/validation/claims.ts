// zod schemas for claim work (sources, verdicts, transitions, comments, queues), shared by
// the forms, server actions and API routes. Messages are shown to people as written.
import { z } from "@/lib/validation/zod";
import { ZOptionalCorrectionNote } from "@/lib/validation/articles";

export const SOURCE_KINDS = [
  "PRIMARY_DOCUMENT",
  "OFFICIAL_STATEMENT",
  "NEWS_REPORT",
  "EXPERT",
  "DATASET",
  "OTHER",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const RELIABILITIES = ["HIGH", "MEDIUM", "LOW", "UNKNOWN"] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const PRIORITIES = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  PRIMARY_DOCUMENT: "Primary document",
  OFFICIAL_STATEMENT: "Official statement",
  NEWS_REPORT: "News report",
  EXPERT: "Expert",
  DATASET: "Dataset",
  OTHER: "Other",
};

export const RELIABILITY_LABEL: Record<Reliability, string> = {
  HIGH: "High",
  MEDIUM: "Medium",
  LOW: "Low",
  UNKNOWN: "Unknown",
};

// Only web addresses: a javascript: or data: URL stored as a source would run when a
// colleague clicks it, and ftp: or file: links do not open for everyone.
function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

const todayIsoDate = (): string => new Date().toISOString().slice(0, 10);

// Forms send "YYYY-MM-DD"; APIs may send a full timestamp. Both become a Date.
const ZIsoDateString = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "Use a date like 2024-05-21 or a full ISO date and time.",
});

const sourceFields = {
  url: z
    .string({ error: "Enter the source's web address." })
    .trim()
    .min(1, { error: "Enter the source's web address.", abort: true })
    .max(2000, "Keep the address under 2,000 characters.")
    .refine(isHttpUrl, "Use an http or https address."),
  title: z
    .string({ error: "Give the source a title." })
    .trim()
    .min(1, "Give the source a title.")
    .max(300, "Keep the title under 300 characters."),
  publisher: z.string().trim().max(200, "Keep the publisher under 200 characters."),
  excerpt: z.string().trim().max(5000, "Keep the excerpt under 5,000 characters."),
  accessedAt: ZIsoDateString,
  kind: z.enum(SOURCE_KINDS, { error: "Choose what kind of source this is." }),
  reliability: z.enum(RELIABILITIES, { error: "Choose how reliable the source is." }),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters."),
  sensitive: z.boolean({ error: "Sensitive must be true or false." }),
};

const toDate = (value: string): Date => new Date(value);

export const ZSourceInput = z.object({
  url: sourceFields.url,
  title: sourceFields.title,
  publisher: sourceFields.publisher.default(""),
  excerpt: sourceFields.excerpt.default(""),
  // A function default, so a long-running server stamps the day of the request.
  accessedAt: sourceFields.accessedAt.default(todayIsoDate).transform(toDate),
  kind: sourceFields.kind.default("OTHER"),
  reliability: sourceFields.reliability.default("UNKNOWN"),
  note: sourceFields.note.default(""),
  sensitive: sourceFields.sensitive.default(false),
});
export type SourceInput = z.input<typeof ZSourceInput>;
export type SourceData = z.output<typeof ZSourceInput>;

// Built from the bare fields, not ZSourceInput.partial(), so an omitted field stays
// undefined ("leave as is") instead of picking up a default that would overwrite it.
export const ZSourcePatch = z
  .object({
    url: sourceFields.url.optional(),
    title: sourceFields.title.optional(),
    publisher: sourceFields.publisher.optional(),
    excerpt: sourceFields.excerpt.optional(),
    accessedAt: sourceFields.accessedAt.transform(toDate).optional(),
    kind: sourceFields.kind.optional(),
    reliability: sourceFields.reliability.optional(),
    note: sourceFields.note.optional(),
    sensitive: sourceFields.sensitive.optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), "Change at least one field.");
export type SourcePatch = z.input<typeof ZSourcePatch>;

export const ZVerdictInput = z.object({
  // A rating id or label; the use case resolves it against the scale.
  rating: z
    .string({ error: "Choose a rating." })
    .trim()
    .min(1, "Choose a rating.")
    .max(100, "Choose a rating from the scale."),
  rationale: z
    .string({ error: "Write the rationale for this rating." })
    .trim()
    .min(1, "Write the rationale for this rating.")
    .max(10000, "Keep the rationale under 10,000 characters."),
  sourceIds: z
    .array(z.uuid("Cite sources from this claim's list."))
    .max(100, "Cite at most 100 sources.")
    .default([])
    // Citing a source twice means nothing more; duplicates would break the join table.
    .transform((ids) => [...new Set(ids)]),
  /** Required when the verdict changes one already published (a correction). */
  correctionNote: ZOptionalCorrectionNote,
});
export type VerdictInput = z.input<typeof ZVerdictInput>;

export const ZClaimStatus = z.enum(["OPEN", "RESEARCHING", "IN_REVIEW", "VERIFIED", "DISMISSED"], {
  error: "Choose a status: OPEN, RESEARCHING, IN_REVIEW, VERIFIED or DISMISSED.",
});

const assignmentFields = {
  assigneeId: z.uuid("Choose a person to assign.").optional(),
  // null or an empty form field clears the due date.
  dueAt: z
    .union([z.literal("").transform(() => null), z.null(), ZIsoDateString.transform(toDate)])
    .optional(),
  priority: z.enum(PRIORITIES, { error: "Priority must be LOW, NORMAL, HIGH or URGENT." }).optional(),
};

export const ZTransitionInput = z.object({
  to: ZClaimStatus,
  reason: z.string().max(2000, "Keep the reason under 2,000 characters.").optional(),
  comment: z.string().max(5000, "Keep the comment under 5,000 characters.").optional(),
  ...assignmentFields,
});
export type TransitionInput = z.input<typeof ZTransitionInput>;

/** Reassigning a claim in work, or changing only its due date or priority. */
export const ZAssignmentInput = z
  .object(assignmentFields)
  .refine((v) => v.assigneeId !== undefined || v.dueAt !== undefined || v.priority !== undefined, {
    message: "Change the assignee, the due date or the priority.",
    path: ["assigneeId"],
  });
export type AssignmentInput = z.input<typeof ZAssignmentInput>;

export const ZCommentInput = z.object({
  body: z
    .string({ error: "Write a comment." })
    .trim()
    .min(1, "Write a comment.")
    .max(5000, "Keep the comment under 5,000 characters."),
});
export type CommentInput = z.input<typeof ZCommentInput>;

/**
 * Re-confirming a stale verdict: the claim's words exactly as the reviewer read them (not
 * trimmed: the exact words are what gets re-confirmed).
 */
export const ZReconfirmInput = z.object({
  quote: z
    .string({ error: "Send the claim's words as you read them (quote)." })
    .min(1, "Send the claim's words as you read them (quote).")
    .max(1_000_000, "A claim's words are at most 1,000,000 characters."),
});
export type ReconfirmInput = z.input<typeof ZReconfirmInput>;

export const ZArticleTransitionInput = z.object({
  to: z.enum(["DRAFT", "IN_CHECK", "CLEARED"], { error: "Choose a status: DRAFT, IN_CHECK or CLEARED." }),
});
export type ArticleTransitionInput = z.input<typeof ZArticleTransitionInput>;

export const ZQueueKind = z.enum(["mine", "review", "overdue"], {
  error: "Choose a queue: mine, review or overdue.",
});
export type QueueKind = z.output<typeof ZQueueKind>;
