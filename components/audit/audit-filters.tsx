"use client";
// The explorer's filter bar. Selects, the article picked and dates apply at once; the claim's
// words on Enter or Apply.
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label, fieldClass } from "@/components/ui/input";
import { AUDIT_ACTIONS } from "@/components/audit/actions";
import { ArticlePicker } from "@/components/audit/article-picker";
import { auditApi } from "@/components/audit/api";
import { claimFilter, NO_FILTERS, type AuditFilters, type FilterKey } from "@/components/audit/filters";
import { cn } from "@/lib/utils";

const selectClass = cn(fieldClass, "h-9 py-1.5");
type Option = { id: string; name: string };

function usePeople() {
  const [people, setPeople] = useState<Option[]>([]);
  useEffect(() => {
    // The list only helps choose; without it an id in the URL still filters.
    auditApi.users().then(
      (r) => setPeople(r.users),
      () => undefined,
    );
  }, []);
  return people;
}

export function AuditFiltersBar({
  filters,
  onApply,
}: {
  filters: AuditFilters;
  onApply: (next: AuditFilters) => void;
}) {
  const people = usePeople();
  const fromUrl = filters.claim || filters.claimId;
  const [claim, setClaim] = useState(fromUrl);
  // A new claim filter from the URL (back button, a shared link) replaces the draft.
  const [shownClaim, setShownClaim] = useState(fromUrl);
  if (shownClaim !== fromUrl) {
    setShownClaim(fromUrl);
    setClaim(fromUrl);
  }
  const set = (key: FilterKey, value: string) => onApply({ ...filters, ...claimFilter(claim), [key]: value });
  const anySet = Object.values(filters).some(Boolean);
  const withCurrent = (options: Option[], id: string) =>
    id && !options.some((o) => o.id === id) ? [...options, { id, name: id }] : options;

  return (
    <form
      aria-label="Filter the audit trail"
      className="grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-[repeat(6,minmax(0,1fr))_auto]"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...filters, ...claimFilter(claim) });
      }}
    >
      <ArticlePicker value={filters.articleId} onChange={(articleId) => set("articleId", articleId)} />
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-claim" className="text-xs">
          Claim
        </Label>
        <Input
          id="audit-claim"
          value={claim}
          onChange={(e) => setClaim(e.target.value)}
          placeholder="Words of the claim"
        />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-person" className="text-xs">
          Person
        </Label>
        <select
          id="audit-person"
          className={selectClass}
          value={filters.actorId}
          onChange={(e) => set("actorId", e.target.value)}
        >
          <option value="">Everyone</option>
          <option value="system">System</option>
          {withCurrent(people, filters.actorId === "system" ? "" : filters.actorId).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-action" className="text-xs">
          Action
        </Label>
        <select
          id="audit-action"
          className={selectClass}
          value={filters.action}
          onChange={(e) => set("action", e.target.value)}
        >
          <option value="">All actions</option>
          {Object.entries(AUDIT_ACTIONS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-from" className="text-xs">
          From
        </Label>
        <Input
          id="audit-from"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => set("from", e.target.value)}
        />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="audit-to" className="text-xs">
          To
        </Label>
        <Input
          id="audit-to"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => set("to", e.target.value)}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" className="h-9">
          Apply
        </Button>
        {anySet && (
          <Button variant="ghost" size="sm" className="h-9" onClick={() => onApply(NO_FILTERS)}>
            Clear
          </Button>
        )}
      </div>
    </form>
  );
}
