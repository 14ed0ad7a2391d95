// What stands in the claims panel's place while the editor opens (the panel renders once
// the text has painted): the same heading and legend, so nothing jumps when it arrives.
import { ClaimLegend } from "@/components/claims/claim-legend";

export function ClaimsPanelPlaceholder({ count }: { count: number }) {
  return (
    <aside aria-label="Claims" aria-busy="true" className="flex flex-col gap-3 lg:min-h-64">
      <div className="flex items-baseline justify-between">
        <h2 className="text-sm font-semibold">
          Claims <span className="font-normal text-slate-600">({count})</span>
        </h2>
      </div>
      <ClaimLegend />
      <p className="text-[13px] text-slate-600">Loading the claims…</p>
    </aside>
  );
}
