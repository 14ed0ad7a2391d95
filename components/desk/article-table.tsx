import Link from "next/link";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { ArticleStatusBadge } from "@/components/articles/article-status-badge";
import { ClaimStatusBar } from "@/components/desk/claim-status-bar";
import { DeskFilters } from "@/components/desk/desk-filters";
import { SortHeader } from "@/components/desk/sort-header";
import { deskHref, type DeskQuery } from "@/components/desk/desk-url";
import { RelativeTime } from "@/components/ui/relative-time";
import { TagChips } from "@/components/tags/tag-chips";
import {
  ARTICLE_STATUS_LABEL,
  type ArticleStatusName,
  type ClaimStatusName,
} from "@/lib/domain/claims/claim-status";

export interface DeskArticle {
  id: string;
  title: string;
  status: ArticleStatusName;
  claimCount: number;
  orphanedCount: number;
  claimsByStatus: Partial<Record<ClaimStatusName, number>>;
  updatedAt: string;
  updatedBy: { name: string };
  archivedAt: string | null;
  tags: string[];
}

const COLUMNS = [
  { key: "title", label: "Title" },
  { key: "status", label: "Status" },
  { key: "claims", label: "Claims" },
  { key: "updated", label: "Last change" },
] as const;

export function ArticleTable({
  articles,
  canCreate,
  query,
  sort,
  nextCursor,
  prevCursor,
  people,
  tags,
  issues,
}: {
  articles: DeskArticle[];
  canCreate: boolean;
  /** The desk's URL parameters as they came. */
  query: DeskQuery;
  /** The sort in effect (the default when the URL names none). */
  sort: string;
  nextCursor: string | null;
  prevCursor: string | null;
  people: { id: string; name: string }[];
  /** The tags in use, for the tag filter. */
  tags: { name: string; count: number }[];
  /** Why the URL's filters could not be applied (422 issues), if so. */
  issues: { path: string; message: string }[];
}) {
  const filters = describeFilters(query, people);
  const spiked = query.archived === "true" || query.archived === true;
  const page = { cursor: undefined, before: undefined };
  return (
    <main className="mx-auto max-w-[1400px] px-4 py-6">
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-xl font-semibold">{spiked ? "Desk: spiked articles" : "Desk"}</h1>
        {canCreate && (
          <Button asChild>
            <Link href="/articles/new">
              <Plus aria-hidden="true" />
              New article
            </Link>
          </Button>
        )}
      </div>
      {/* Keyed by the URL: a link to another view (a tag chip) shows that view's choices. */}
      <DeskFilters
        key={deskHref(query)}
        query={query}
        people={people}
        tags={tags}
        active={filters.length > 0}
      />
      {issues.length > 0 && (
        <div
          role="alert"
          className="mb-4 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          <p className="font-medium">These filters cannot be applied:</p>
          <ul className="mt-1 list-disc pl-5">
            {issues.map((i) => (
              <li key={`${i.path}:${i.message}`}>{i.message}</li>
            ))}
          </ul>
        </div>
      )}
      {articles.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          {filters.length > 0 ? (
            <>
              <p>No articles match {filters.join("; ")}.</p>
              <Button variant="outline" asChild className="mt-3">
                <Link href="/">Clear filters</Link>
              </Button>
            </>
          ) : issues.length > 0 ? null : (
            <p>
              No articles yet.{canCreate ? " Create one with “New article”." : " An editor creates them."}
            </p>
          )}
        </div>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="stack-table sortable w-full text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase">
                <tr>
                  {COLUMNS.map(({ key, label }, index) => {
                    const state = sort === key ? "ascending" : sort === `-${key}` ? "descending" : "none";
                    // A new column starts ascending (its latest first for dates); a second click reverses.
                    const next =
                      state === "none"
                        ? key === "updated"
                          ? `-${key}`
                          : key
                        : state === "ascending"
                          ? `-${key}`
                          : key;
                    const header = (
                      <SortHeader
                        key={key}
                        label={label}
                        state={state}
                        href={deskHref(query, { ...page, sort: next })}
                      />
                    );
                    // Tags sit after the status; they have no order of their own to sort by.
                    return index === 2
                      ? [
                          <th key="tags" scope="col" className="not-sortable px-4 py-2 font-medium">
                            Tags
                          </th>,
                          header,
                        ]
                      : header;
                  })}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {articles.map((a) => (
                  <tr key={a.id} className="hover:bg-slate-50">
                    <td data-label="Title" className="px-4 py-2.5">
                      <Link href={`/articles/${a.id}`} className="font-medium text-slate-900 hover:underline">
                        {a.title}
                      </Link>
                    </td>
                    <td data-label="Status" className="px-4 py-2.5">
                      <ArticleStatusBadge status={a.status} />
                    </td>
                    <td data-label="Tags" className="max-w-64 px-4 py-2.5">
                      <TagChips
                        tags={a.tags}
                        label={`Tags of ${a.title}`}
                        hrefOf={(tag) => deskHref({}, { tag })}
                      />
                    </td>
                    <td data-label="Claims" className="px-4 py-2.5">
                      <ClaimStatusBar
                        total={a.claimCount}
                        byStatus={a.claimsByStatus}
                        orphaned={a.orphanedCount}
                      />
                    </td>
                    <td data-label="Last change" className="px-4 py-2.5 text-slate-700">
                      <RelativeTime iso={a.updatedAt} /> · {a.updatedBy.name}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Desk pages"
            previous={prevCursor ? deskHref(query, { cursor: undefined, before: prevCursor }) : null}
            next={nextCursor ? deskHref(query, { before: undefined, cursor: nextCursor }) : null}
          />
        </>
      )}
    </main>
  );
}

/** The filters that are on, in words, for the empty state. */
function describeFilters(query: DeskQuery, people: { id: string; name: string }[]): string[] {
  const out: string[] = [];
  if (query.q) out.push(`title containing “${query.q}”`);
  const statuses = [query.status ?? []].flat().flatMap((s) => s.split(","));
  if (statuses.length > 0)
    out.push(`status ${statuses.map((s) => ARTICLE_STATUS_LABEL[s as ArticleStatusName] ?? s).join(" or ")}`);
  if (query.assigneeId)
    out.push(
      `assigned to ${people.find((p) => p.id === query.assigneeId)?.name ?? "someone no longer active"}`,
    );
  const tags = [query.tag ?? []].flat().filter((t) => t.trim() !== "");
  if (tags.length > 0) out.push(`tagged ${tags.map((t) => `“${t}”`).join(" and ")}`);
  if (query.from) out.push(`changed from ${query.from}`);
  if (query.to) out.push(`changed until ${query.to}`);
  if (query.archived === "true" || query.archived === true) out.push("spiked only");
  return out;
}
