// The desk's URL: its query parameters are the view (filters, sort, page), so a link
// reproduces it and Back returns to the view before.
import type { ArticleListQueryInput } from "@/lib/validation/article-list";

export type DeskQuery = ArticleListQueryInput;

/** The desk's address with `changes` applied; undefined removes a parameter. */
export function deskHref(
  query: DeskQuery,
  changes: Partial<Record<keyof DeskQuery, string | string[] | undefined>> = {},
): string {
  const merged: Record<string, unknown> = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "" || value === false) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const qs = params.toString();
  return qs ? `/?${qs}` : "/";
}
