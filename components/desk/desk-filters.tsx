// The desk's filters as a plain GET form: applying them is navigating to the desk's URL
// with them (works before hydration; Back returns to the view before).
import Link from "next/link";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Label, fieldClass } from "@/components/ui/input";
import { ARTICLE_STATUS_LABEL, type ArticleStatusName } from "@/lib/domain/claims/claim-status";
import type { DeskQuery } from "@/components/desk/desk-url";

const STATUSES = Object.keys(ARTICLE_STATUS_LABEL) as ArticleStatusName[];

export function DeskFilters({
  query,
  people,
  tags,
  active,
}: {
  query: DeskQuery;
  people: { id: string; name: string }[];
  /** The tags in use, most used first. */
  tags: { name: string; count: number }[];
  /** Whether any filter is on (Clear filters is offered then). */
  active: boolean;
}) {
  const statuses = new Set([query.status ?? []].flat().flatMap((s) => s.split(",")));
  // The form chooses one tag; further ones from a link (tag=A&tag=B) are kept as they came.
  const [chosenTag = "", ...moreTags] = [query.tag ?? []].flat();
  const tagOptions = [...tags].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  const chosenKnown = tagOptions.some((t) => t.name.toLowerCase() === chosenTag.toLowerCase());
  return (
    <form
      method="get"
      action="/"
      role="search"
      aria-label="Filter articles"
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <Label htmlFor="desk-q">Title</Label>
        <Input
          id="desk-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder="Words of the title"
        />
      </div>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-medium text-slate-900">Status</legend>
        <div className="flex h-9 items-center gap-3">
          {STATUSES.map((s) => (
            <label key={s} className="flex items-center gap-1.5 text-sm text-slate-800">
              <input
                type="checkbox"
                name="status"
                value={s}
                defaultChecked={statuses.has(s)}
                className="size-4"
              />
              {ARTICLE_STATUS_LABEL[s]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-1">
        <Label htmlFor="desk-assignee">Assignee</Label>
        <select
          id="desk-assignee"
          name="assigneeId"
          defaultValue={query.assigneeId ?? ""}
          className={`${fieldClass} h-9 w-48 py-1`}
        >
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="desk-tag">Tag</Label>
        <select
          id="desk-tag"
          name="tag"
          defaultValue={
            chosenKnown
              ? (tagOptions.find((t) => t.name.toLowerCase() === chosenTag.toLowerCase())?.name ?? "")
              : chosenTag
          }
          className={`${fieldClass} h-9 w-48 py-1`}
        >
          <option value="">Any tag</option>
          {chosenTag && !chosenKnown && <option value={chosenTag}>{chosenTag}</option>}
          {tagOptions.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name} ({t.count})
            </option>
          ))}
        </select>
        {moreTags.map((t) => (
          <input key={t} type="hidden" name="tag" value={t} />
        ))}
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="desk-from">Changed from</Label>
        <Input id="desk-from" name="from" type="date" defaultValue={query.from ?? ""} className="w-40" />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="desk-to">to</Label>
        <Input id="desk-to" name="to" type="date" defaultValue={query.to ?? ""} className="w-40" />
      </div>
      <label className="flex h-9 items-center gap-1.5 text-sm text-slate-800">
        <input
          type="checkbox"
          name="archived"
          value="true"
          defaultChecked={query.archived === "true" || query.archived === true}
          className="size-4"
        />
        Spiked only
      </label>
      <div className="flex gap-2">
        <Button type="submit">
          <Search aria-hidden="true" />
          Apply filters
        </Button>
        {active && (
          <Button variant="outline" asChild>
            <Link href="/">Clear filters</Link>
          </Button>
        )}
      </div>
    </form>
  );
}
