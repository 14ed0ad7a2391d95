// The explorer's filters, kept in the URL query so a view can be shared as a link.
export const FILTER_KEYS = ["articleId", "claimId", "actorId", "action", "from", "to"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type AuditFilters = Record<FilterKey, string>;

export function readFilters(params: URLSearchParams): AuditFilters {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k)?.trim() ?? ""])) as AuditFilters;
}

/** Only the filters that are set, in a stable order: the API query and the page URL. */
export function toQuery(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  return params.toString();
}
