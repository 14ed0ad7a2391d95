import { Unlink } from "lucide-react";
import { CLAIM_STATUSES, CLAIM_STATUS_LABEL } from "@/lib/domain/claims/claim-status";
import { CLAIM_STATUS_STYLE } from "@/components/claims/claim-status-badge";

/**
 * What the highlights mean: each status with a sample drawn by the same CSS as the
 * highlights in the text (colour and underline pattern), its icon and its label.
 */
export function ClaimLegend() {
  return (
    <ul aria-label="Highlight legend" className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      {CLAIM_STATUSES.map((status) => {
        const { Icon } = CLAIM_STATUS_STYLE[status];
        return (
          <li key={status} className="inline-flex items-center gap-1" data-legend-status={status}>
            <span className="claim-sample px-0.5 font-serif" data-claim-status={status} aria-hidden="true">
              Ab
            </span>
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
