// The desk's query: filters, sort and cursor paging of GET /api/v1/articles, shared by the
// route, the use case and the desk page (which reads the same names from its URL).
import { z } from "@/lib/validation/zod";
import { ARTICLE_STATUS_LABEL, type ArticleStatusName } from "@/lib/domain/claims/claim-status";
import { MAX_TAGS_PER_ARTICLE, normalizeTagName, type TagName } from "@/lib/domain/tags/tag-name";
import { blankToUndefined, PAGE_DEFAULT, PAGE_MAX, zCursor, zPageLimit } from "@/lib/validation/paging";

/** The desk pages like every other list. */
export const ARTICLE_PAGE_DEFAULT = PAGE_DEFAULT;
export const ARTICLE_PAGE_MAX = PAGE_MAX;

export const ARTICLE_SORT_KEYS = ["title", "status", "claims", "updated"] as const;
export type ArticleSortKey = (typeof ARTICLE_SORT_KEYS)[number];
export const ARTICLE_SORTS = ARTICLE_SORT_KEYS.flatMap((k) => [k, `-${k}`] as const);
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export const DEFAULT_ARTICLE_SORT: ArticleSort = "-updated";

const STATUSES = Object.keys(ARTICLE_STATUS_LABEL) as ArticleStatusName[];
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = (field: string) =>
  z
    .string({ error: `${field} must be a date.` })
    .trim()
    .refine(
      (v) =>
        (DATE_ONLY.test(v) || z.iso.datetime({ offset: true }).safeParse(v).success) &&
        !Number.isNaN(Date.parse(v)),
      { message: `Enter ${field} as an ISO date (2026-11-28) or date-time (2026-11-28T12:00:00Z).` },
    );

/** A date alone means "until the end of that day" (UTC), inclusive. */
function endOf(to: string): number {
  return DATE_ONLY.test(to) ? Date.parse(to) + 24 * 60 * 60 * 1000 - 1 : Date.parse(to);
}

export const ZArticleListQuery = z
  .object({
    /** Words of the title (case-insensitive substring). */
    q: z.preprocess(
      blankToUndefined,
      z.string().trim().max(200, "Keep the title search under 200 characters.").optional(),
    ),
    status: z.preprocess(
      (v) =>
        (typeof v === "string" ? [v] : Array.isArray(v) ? v : [])
          .flatMap((s: unknown) => (typeof s === "string" ? s.split(",") : [s]))
          .map((s: unknown) => (typeof s === "string" ? s.trim() : s))
          .filter((s: unknown) => s !== ""),
      z.array(z.enum(STATUSES, { error: `status must be one of ${STATUSES.join(", ")}.` })),
    ),
    /** Articles with a live (not removed) claim assigned to this user. */
    assigneeId: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
    /** Articles carrying every one of these tags (any spelling of each). */
    tag: z.preprocess(
      (v): unknown[] =>
        (typeof v === "string" ? [v] : Array.isArray(v) ? (v as unknown[]) : []).filter(
          (s) => !(typeof s === "string" && s.trim() === ""),
        ),
      z
        .array(z.string({ error: "tag must be a tag name." }))
        .max(MAX_TAGS_PER_ARTICLE, `Filter by at most ${MAX_TAGS_PER_ARTICLE} tags.`)
        .transform((raws, ctx) => {
          const tags: TagName[] = [];
          for (const raw of raws) {
            const result = normalizeTagName(raw);
            if (!result.ok) ctx.addIssue({ code: "custom", message: `Tag filter: ${result.reason}` });
            else if (!tags.some((t) => t.key === result.key))
              tags.push({ name: result.name, key: result.key });
          }
          return tags;
        }),
    ),
    from: z.preprocess(blankToUndefined, isoDate("from").optional()),
    to: z.preprocess(blankToUndefined, isoDate("to").optional()),
    sort: z.preprocess(
      blankToUndefined,
      z
        .enum(ARTICLE_SORTS, {
          error: `sort must be one of ${ARTICLE_SORTS.join(", ")} (a leading - sorts descending).`,
        })
        .default(DEFAULT_ARTICLE_SORT),
    ),
    /** The previous page's nextCursor, as it was given: the rows after it. */
    cursor: zCursor,
    /** A page's prevCursor, as it was given: the rows before it. */
    before: zCursor,
    limit: zPageLimit,
    /** true lists spiked articles instead of the live ones. */
    archived: z.preprocess(
      (v) => (v === undefined || v === "" ? false : v === "true" ? true : v === "false" ? false : v),
      z.boolean({ error: "archived must be true or false." }),
    ),
  })
  .refine((f) => f.cursor === undefined || f.before === undefined, {
    message: "Page forwards (cursor) or backwards (before), not both at once.",
    path: ["before"],
  })
  .refine((f) => f.from === undefined || f.to === undefined || endOf(f.to) >= Date.parse(f.from), {
    message: "The From date is after the To date, so no article can match: swap them or change one.",
    path: ["to"],
  })
  .transform((f) => ({
    ...f,
    fromDate: f.from === undefined ? undefined : new Date(f.from),
    toDate: f.to === undefined ? undefined : new Date(endOf(f.to)),
  }));
/** What callers pass (query strings, or typed values from tests and scripts). */
export interface ArticleListQueryInput {
  q?: string;
  status?: string | string[];
  assigneeId?: string;
  tag?: string | string[];
  from?: string;
  to?: string;
  sort?: string;
  cursor?: string;
  before?: string;
  limit?: number | string;
  archived?: boolean | string;
}
export type ArticleListQuery = z.output<typeof ZArticleListQuery>;

const LIST_KEYS = ["q", "assigneeId", "from", "to", "sort", "cursor", "before", "limit", "archived"] as const;

/** Query parameters as the raw object ZArticleListQuery parses (status may repeat). */
export function articleQueryFromSearchParams(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): ArticleListQueryInput {
  const get = (k: string): string[] =>
    params instanceof URLSearchParams
      ? params.getAll(k)
      : ([] as string[]).concat(params[k] ?? []).filter((v): v is string => typeof v === "string");
  const raw: Record<string, string | string[]> = {};
  for (const k of LIST_KEYS) {
    const v = get(k)[0];
    if (v !== undefined) raw[k] = v;
  }
  const status = get("status");
  if (status.length > 0) raw.status = status;
  // The form's "Any tag" sends an empty tag=, which is no filter.
  const tag = get("tag").filter((t) => t.trim() !== "");
  if (tag.length > 0) raw.tag = tag;
  return raw;
}
