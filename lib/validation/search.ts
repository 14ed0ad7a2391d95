// zod schema of a search, shared by the API route, the search page and the use case.
import { z } from "@/lib/validation/zod";

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_LIMIT_DEFAULT = 10;
export const SEARCH_LIMIT_MAX = 50;

export const ZSearchInput = z.object({
  q: z
    .string({ error: "Type what to search for." })
    .max(SEARCH_QUERY_MAX, `Keep the search under ${SEARCH_QUERY_MAX} characters.`)
    .trim()
    .min(1, "Type what to search for."),
  /** Hits per group (articles, claims, sources, comments). */
  limit: z.coerce
    .number({ error: "The limit is a whole number." })
    .int("The limit is a whole number.")
    .min(1, "The limit is at least 1.")
    .max(SEARCH_LIMIT_MAX, `The limit is at most ${SEARCH_LIMIT_MAX}.`)
    .default(SEARCH_LIMIT_DEFAULT),
});
export type SearchInput = z.input<typeof ZSearchInput>;
