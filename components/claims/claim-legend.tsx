import { Unlink } from "lucide-react";
import { CLAIM_STATUSES, CLAIM_STATUS_LABEL } from "@/lib/domain/claims/claim-status";
import { CLAIM_STATUS_STYLE } from "@/components/claims/claim-status-badge";

/** What the highlight colours mean: each with its icon and label, never colour alone. */
export function ClaimLegend() {
  return (
    <ul aria-label="Highlight legend" className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      {CLAIM_STATUSES.map((status) => {
        const { Icon, swatch } = CLAIM_STATUS_STYLE[status];
        return (
          <li key={status} className="inline-flex items-center gap-1">
            <span className={`inline-block size-2.5 rounded-sm ${swatch}`} aria-hidden="true" />
            <Icon className="size-3" aria-hidden="true" />
            {CLAIM_STATUS_LABEL[status]}
          </li>
        );
      })}
      <li className="inline-flex items-center gap-1">
        <span className="inline-block size-2.5 rounded-sm border-2 border-red-500" aria-hidden="true" />
        <Unlink className="size-3" aria-hidden="true" />
        Orphaned
      </li>
    </ul>
  );
}
