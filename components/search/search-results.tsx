// The full search results page: a search form and every group with its hits.
import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { HighlightedText } from "@/components/search/highlighted-text";
import { formatTotal, toOptionGroups, type SearchResults } from "@/components/search/search-options";
import { SEARCH_QUERY_MAX } from "@/lib/validation/search";

export function SearchResultsView({
  query,
  results,
  problem,
}: {
  query: string;
  results: SearchResults | null;
  problem: string | null;
}) {
  const groups = results ? toOptionGroups(results) : [];
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-xl font-semibold">Search</h1>
      <form action="/search" method="get" role="search" className="mt-3 flex gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search articles, claims, sources and comments
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={SEARCH_QUERY_MAX}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "search-page-problem" : undefined}
          placeholder="Words of an article, a claim, a source or a comment"
          className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
        />
        <Button type="submit">
          <Search aria-hidden="true" />
          Search
        </Button>
      </form>
      {problem && (
        <p id="search-page-problem" role="alert" className="mt-2 text-sm text-red-800">
          {problem}
        </p>
      )}
      {results && (
        <p role="status" className="mt-4 text-sm text-slate-600">
          {groups.length === 0
            ? `Nothing matches “${query.trim()}”.`
            : `${formatTotal({
                total: groups.reduce((n, g) => n + g.total, 0),
                ...(groups.some((g) => g.capped) ? { capped: true as const } : {}),
              })} results for “${query.trim()}”.`}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`search-${group.key}`} className="mt-6">
          <h2 id={`search-${group.key}`} className="text-sm font-semibold text-slate-800">
            {group.label}{" "}
            <span className="font-normal text-slate-600">
              (
              {group.options.length < group.total
                ? `first ${group.options.length} of ${group.totalLabel}`
                : group.totalLabel}
              )
            </span>
          </h2>
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {group.options.map((option) => (
              <li key={option.id}>
                <Link
                  href={option.href}
                  className="block px-4 py-2.5 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700"
                >
                  <span className="block text-sm text-slate-900">
                    <HighlightedText segments={option.primary} />
                  </span>
                  <span className="mt-0.5 block text-xs text-slate-600">
                    <HighlightedText segments={option.secondary} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
