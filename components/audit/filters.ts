// The explorer's filters, kept in the URL query so a view can be shared as a link.
export const FILTER_KEYS = ["articleId", "claimId", "claim", "actorId", "action", "from", "to"] as const;
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

export const NO_FILTERS: AuditFilters = {
  articleId: "",
  claimId: "",
  claim: "",
  actorId: "",
  action: "",
  from: "",
  to: "",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What was typed in the claim box: a claim's id (from a link or a copied id), or its words. */
export function claimFilter(typed: string): Pick<AuditFilters, "claimId" | "claim"> {
  const value = typed.trim();
  return UUID.test(value) ? { claimId: value, claim: "" } : { claimId: "", claim: value };
}

/** When the dates cannot both hold: From after To. A date alone runs to the end of its day. */
export function dateRangeProblem(filters: AuditFilters): string | null {
  if (!filters.from || !filters.to) return null;
  const from = Date.parse(filters.from);
  const to = /^\d{4}-\d{2}-\d{2}$/.test(filters.to)
    ? Date.parse(filters.to) + 86_399_999
    : Date.parse(filters.to);
  if (Number.isNaN(from) || Number.isNaN(to) || from <= to) return null;
  return `The From date (${filters.from}) is after the To date (${filters.to}), so no event can match.`;
}
