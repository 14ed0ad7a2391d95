// zod schema for the audit trail's filters, shared by the API routes and the use cases.
import { z } from "@/lib/validation/zod";

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const optionalText = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const isoDate = (what: string) =>
  z
    .string()
    .trim()
    .refine(
      (v) =>
        (DATE_ONLY.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success) &&
        !Number.isNaN(Date.parse(v)),
      {
        message: `Enter ${what} as an ISO date (2026-11-28) or date-time (2026-11-28T12:00:00Z).`,
      },
    );

export const ZAuditFilters = z
  .object({
    articleId: optionalText(z.string().trim().max(100)),
    claimId: optionalText(z.string().trim().max(100)),
    /** Words of a claim's quote: the events of every claim whose words contain them. */
    claim: optionalText(z.string().trim().max(200, "Keep the claim's words under 200 characters.")),
    /** A user id, or "system" for events without an actor. */
    actorId: optionalText(
      z
        .string()
        .trim()
        .refine((v) => v === "system" || z.uuid().safeParse(v).success, {
          message: 'The actor must be a user id or "system".',
        }),
    ),
    action: optionalText(z.string().trim().max(60, "Keep the action under 60 characters.")),
    from: optionalText(isoDate("from")),
    to: optionalText(isoDate("to")),
    /** The seq to continue below (the previous page's nextCursor). */
    cursor: optionalText(
      z
        .string()
        .trim()
        .regex(/^\d{1,15}$/, "The cursor is not valid."),
    ),
    limit: z.preprocess(
      (v) => (v === undefined || v === null || v === "" ? undefined : typeof v === "string" ? Number(v) : v),
      z
        .number({ error: `The limit must be a whole number from 1 to ${AUDIT_PAGE_MAX}.` })
        .int(`The limit must be a whole number from 1 to ${AUDIT_PAGE_MAX}.`)
        .min(1, `The limit must be a whole number from 1 to ${AUDIT_PAGE_MAX}.`)
        .max(AUDIT_PAGE_MAX, `The limit must be a whole number from 1 to ${AUDIT_PAGE_MAX}.`)
        .default(AUDIT_PAGE_DEFAULT),
    ),
  })
  .refine((f) => f.from === undefined || f.to === undefined || endOf(f.to) >= Date.parse(f.from), {
    message: "The From date is after the To date, so no event can match: swap them or change one.",
    path: ["to"],
  })
  .transform((f) => ({
    ...f,
    fromDate: f.from === undefined ? undefined : new Date(f.from),
    toDate: f.to === undefined ? undefined : new Date(endOf(f.to)),
  }));

/** A date alone means "until the end of that day" (UTC), inclusive. */
function endOf(to: string): number {
  return DATE_ONLY.test(to) ? Date.parse(to) + 24 * 60 * 60 * 1000 - 1 : Date.parse(to);
}
export type AuditFiltersInput = z.input<typeof ZAuditFilters>;
export type AuditFilters = z.output<typeof ZAuditFilters>;

/** Query parameters (URLSearchParams) as the raw filters object ZAuditFilters parses. */
export function auditFiltersFromSearchParams(params: URLSearchParams): Record<string, string> {
  const keys = ["articleId", "claimId", "claim", "actorId", "action", "from", "to", "cursor", "limit"];
  return Object.fromEntries(keys.flatMap((k) => (params.has(k) ? [[k, params.get(k) ?? ""]] : [])));
}
