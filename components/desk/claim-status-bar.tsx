import { CLAIM_STATUSES, CLAIM_STATUS_LABEL, type ClaimStatusName } from "@/lib/domain/claims/claim-status";
import { CLAIM_STATUS_STYLE } from "@/components/claims/claim-status-badge";

/** A bar of an article's claims by status, with the numbers spelled out beside it. */
export function ClaimStatusBar({
  total,
  byStatus,
  orphaned,
}: {
  total: number;
  byStatus: Partial<Record<ClaimStatusName, number>>;
  orphaned: number;
}) {
  const parts = CLAIM_STATUSES.filter((s) => (byStatus[s] ?? 0) > 0);
  const summary = parts.map((s) => `${byStatus[s]} ${CLAIM_STATUS_LABEL[s].toLowerCase()}`).join(", ");
  return (
    <div className="flex items-center gap-2">
      <div className="flex h-2 w-28 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {parts.map((s) => (
          <div
            key={s}
            className={CLAIM_STATUS_STYLE[s].swatch}
            style={{ width: `${((byStatus[s] ?? 0) / Math.max(total, 1)) * 100}%` }}
          />
        ))}
      </div>
      <span className="text-slate-700" title={summary || undefined}>
        {total} {total === 1 ? "claim" : "claims"}
        {orphaned > 0 && <span className="text-red-800"> · {orphaned} orphaned</span>}
      </span>
      {summary && <span className="sr-only">: {summary}</span>}
    </div>
  );
}
