import type { Metadata } from "next";
import { SearchResultsView } from "@/components/search/search-results";
import { AppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { search } from "@/lib/server/search/search";

export const metadata: Metadata = { title: "Search" };

const FULL_PAGE_LIMIT = 50;

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[] }>;
}) {
  const user = await requirePageUser();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  if (!q.trim()) return <SearchResultsView query="" results={null} problem={null} />;
  try {
    const results = await search({ q, limit: FULL_PAGE_LIMIT }, user);
    return <SearchResultsView query={q} results={results} problem={null} />;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "validation") throw error;
    return (
      <SearchResultsView query={q} results={null} problem={error.issues?.[0]?.message ?? error.message} />
    );
  }
}
