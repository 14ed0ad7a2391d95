// The search results as the top bar's list shows them: groups of options, each with a line
// of highlighted words and a line saying where it lives.
import { CLAIM_STATUS_LABEL } from "@/lib/domain/claims/claim-status";
import type { Segment } from "@/lib/domain/search/highlight";

// Types only (erased at build): the shape stays the use case's own, never a copy.
// eslint-disable-next-line no-restricted-imports -- a type import pulls no server code into the bundle
import type { SearchResults } from "@/lib/server/search/search";

export type { SearchResults };

export interface SearchOption {
  id: string;
  href: string;
  primary: Segment[];
  secondary: Segment[];
}

export interface OptionGroup {
  key: "articles" | "claims" | "sources" | "comments";
  label: string;
  total: number;
  /** At least `total` match, perhaps more (the server counted only the first matches). */
  capped: boolean;
  /** The total as shown: "1,000+" when capped. */
  totalLabel: string;
  options: SearchOption[];
}

/** "12", "1,204", or "1,000+" when the server counted only the first matches. */
export function formatTotal(group: { total: number; capped?: true }): string {
  return `${group.total.toLocaleString("en")}${group.capped ? "+" : ""}`;
}

const plain = (text: string): Segment[] => (text ? [{ text, match: false }] : []);

/** Joins pieces of a line with " · ", leaving out the empty ones. */
function line(...parts: Segment[][]): Segment[] {
  return parts
    .filter((part) => part.length > 0)
    .flatMap((part, i) => (i === 0 ? part : [{ text: " · ", match: false }, ...part]));
}

export function toOptionGroups(results: SearchResults): OptionGroup[] {
  const groups: OptionGroup[] = [
    {
      key: "articles",
      label: "Articles",
      total: results.articles.total,
      capped: results.articles.capped === true,
      totalLabel: formatTotal(results.articles),
      options: results.articles.hits.map((hit) => ({
        id: `article-${hit.id}`,
        href: hit.href,
        primary: hit.title,
        secondary: line(
          plain(hit.spiked ? "Spiked" : ""),
          hit.snippet.some((s) => s.match) ? hit.snippet : plain("Article"),
        ),
      })),
    },
    {
      key: "claims",
      label: "Claims",
      total: results.claims.total,
      capped: results.claims.capped === true,
      totalLabel: formatTotal(results.claims),
      options: results.claims.hits.map((hit) => ({
        id: `claim-${hit.id}`,
        href: hit.href,
        primary: hit.quote,
        secondary: line(
          plain(hit.article.title),
          plain(hit.orphaned ? "Orphaned" : CLAIM_STATUS_LABEL[hit.status]),
          hit.rating ?? [],
          hit.assignee ? [{ text: "assigned to ", match: false }, ...hit.assignee] : [],
        ),
      })),
    },
    {
      key: "sources",
      label: "Sources",
      total: results.sources.total,
      capped: results.sources.capped === true,
      totalLabel: formatTotal(results.sources),
      options: results.sources.hits.map((hit) => ({
        id: `source-${hit.id}`,
        href: hit.href,
        primary: hit.title,
        secondary: line(hit.publisher, hit.url, hit.note ?? []),
      })),
    },
    {
      key: "comments",
      label: "Comments",
      total: results.comments.total,
      capped: results.comments.capped === true,
      totalLabel: formatTotal(results.comments),
      options: results.comments.hits.map((hit) => ({
        id: `comment-${hit.id}`,
        href: hit.href,
        primary: hit.body,
        secondary: plain(`${hit.author} on “${hit.claim.quote}”`),
      })),
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}

export function searchPageHref(query: string): string {
  return `/search?q=${encodeURIComponent(query)}`;
}
