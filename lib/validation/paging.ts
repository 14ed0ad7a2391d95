// Cursor paging shared by the lists (queues): an opaque cursor forwards or backwards and a
// page size. Each list decodes its own cursor.
import { z } from "@/lib/validation/zod";

export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 100;

export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** An opaque cursor as a URL or a client gives it back. */
export const zCursor = z.preprocess(
  blankToUndefined,
  z
    .string()
    .max(600, "The cursor is not valid: start again from the first page.")
    .regex(/^[A-Za-z0-9_-]+$/, "The cursor is not valid: start again from the first page.")
    .optional(),
);
const limitMessage = `The limit must be a whole number from 1 to ${PAGE_MAX}.`;
/** A page size from 1 to PAGE_MAX, PAGE_DEFAULT when absent (a URL gives it as text). */
export const zPageLimit = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? undefined : typeof v === "string" ? Number(v) : v),
  z
    .number({ error: limitMessage })
    .int(limitMessage)
    .min(1, limitMessage)
    .max(PAGE_MAX, limitMessage)
    .default(PAGE_DEFAULT),
);

export const ZPageInput = z
  .object({
    /** A page's nextCursor: the rows after it. */
    cursor: zCursor,
    /** A page's prevCursor: the rows before it. */
    before: zCursor,
    limit: zPageLimit,
  })
  .refine((p) => p.cursor === undefined || p.before === undefined, {
    message: "Page forwards (cursor) or backwards (before), not both at once.",
    path: ["before"],
  });
export interface PageInput {
  cursor?: string;
  before?: string;
  limit?: number | string;
}

/** The paging parameters of a URL's query. */
export function pageFromSearchParams(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): PageInput {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return typeof v === "string" ? v : Array.isArray(v) ? v[0] : undefined;
  };
  const out: PageInput = {};
  for (const k of ["cursor", "before", "limit"] as const) {
    const v = get(k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}
