// The audit trail as the JSON API serves it, and the calls the explorer and the claim
// timeline make. Failures become ApiError, the same shape the claim detail uses.
import { ApiError } from "@/components/claims/detail/api";

// Types only (erased at build): the shapes stay the use cases' own, never a copy.
// eslint-disable-next-line no-restricted-imports -- a type import pulls no server code into the bundle
import type { AuditEventPage, AuditEventView } from "@/lib/server/audit/list-audit-events";
// eslint-disable-next-line no-restricted-imports -- a type import pulls no server code into the bundle
import type { AuditChainReport } from "@/lib/server/audit/verify-audit-chain";

export type { AuditEventView };
export type AuditPage = AuditEventPage;
export type ChainReport = AuditChainReport;

interface ErrorPayload {
  error?: { code?: unknown; message?: unknown };
}

/** The server's error message when it sent one, or a calm generic one. */
export async function errorFrom(response: Response): Promise<ApiError> {
  const payload = (await response.json().catch(() => null)) as ErrorPayload | null;
  const error = payload?.error;
  return new ApiError(
    typeof error?.code === "string" ? error.code : "internal",
    typeof error?.message === "string" ? error.message : "Something went wrong on our side. Try again.",
    response.status,
  );
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError("network", "Could not reach Claimdesk. Check your connection and try again.");
  }
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

export const auditApi = {
  list: (query: string, signal?: AbortSignal) =>
    getJson<AuditPage>(`/api/v1/audit${query ? `?${query}` : ""}`, signal),
  verify: () => getJson<ChainReport>("/api/v1/audit/verify"),
  timeline: (claimId: string, signal?: AbortSignal) =>
    getJson<{ events: AuditEventView[] }>(`/api/v1/claims/${encodeURIComponent(claimId)}/timeline`, signal),
  users: () => getJson<{ users: { id: string; name: string }[] }>("/api/v1/users"),
  /** Articles whose title holds `query` (any case), live and spiked ones (the trail keeps both). */
  findArticles: async (query: string, signal?: AbortSignal) => {
    type Page = { articles: { id: string; title: string }[] };
    const params = new URLSearchParams({ q: query, sort: "title", limit: "10" });
    const [live, spiked] = await Promise.all([
      getJson<Page>(`/api/v1/articles?${params.toString()}`, signal),
      getJson<Page>(`/api/v1/articles?${params.toString()}&archived=true`, signal),
    ]);
    return [
      ...live.articles.map((a) => ({ id: a.id, title: a.title })),
      ...spiked.articles.map((a) => ({ id: a.id, title: `${a.title} (spiked)` })),
    ];
  },
  /** One article's title, for an article id given in the URL. */
  article: (articleId: string) =>
    getJson<{ id: string; title: string }>(`/api/v1/articles/${encodeURIComponent(articleId)}`),
};

/** A plain object (not an array, not null), as before/after payloads usually are. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Events about a sensitive source reach non-managers with their details withheld. */
export function isRedacted(event: AuditEventView): boolean {
  const marked = (v: unknown) => isRecord(v) && "redacted" in v;
  return marked(event.before) || marked(event.after);
}
