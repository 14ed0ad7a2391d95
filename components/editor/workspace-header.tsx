"use client";
import Link from "next/link";
import { formatDay } from "@/components/claims/detail/format";
import { ArticleGate } from "@/components/articles/article-gate";
import { ArticleStatusBadge } from "@/components/articles/article-status-badge";
import { ClaimStatusBar } from "@/components/desk/claim-status-bar";
import { SyncIndicator } from "@/components/editor/sync-indicator";
import { PresenceList } from "@/components/editor/presence-list";
import type { ArticleSync } from "@/components/editor/collab/article-sync";
import type { PresentClient } from "@/components/editor/collab/article-events";
import type { ClaimStatusName } from "@/lib/domain/claims/claim-status";
import type { ArticleStatus } from "@/lib/domain/workflow/article-gate";

/** Title, status, progress of the claims, the next gate action, the sync state and who else is here. */
export function WorkspaceHeader({
  articleId,
  title,
  status,
  gateTargets,
  claims,
  firstClearedAt,
  correctionCount,
  sync,
  others,
  onStatusChanged,
  onShowClaim,
  actions,
  tags,
}: {
  articleId: string;
  title: string;
  status: ArticleStatus;
  gateTargets: ArticleStatus[];
  claims: { status: ClaimStatusName; orphaned: boolean }[];
  firstClearedAt: string | null;
  correctionCount: number;
  sync: ArticleSync | null;
  others: PresentClient[];
  onStatusChanged: (status: ArticleStatus) => void;
  onShowClaim: (id: string) => void;
  /** Extra header buttons from the page (Spike…). */
  actions?: React.ReactNode;
  /** The article's tags (an editor for those who may change them), from the page. */
  tags?: React.ReactNode;
}) {
  const byStatus: Partial<Record<ClaimStatusName, number>> = {};
  for (const c of claims) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
  return (
    <header className="mb-3 flex flex-wrap items-start gap-x-4 gap-y-2">
      <div className="flex min-w-0 flex-col gap-1.5">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{title}</h1>
          <ArticleStatusBadge status={status} />
        </div>
        <ClaimStatusBar
          total={claims.length}
          byStatus={byStatus}
          orphaned={claims.filter((c) => c.orphaned).length}
        />
        {tags}
        {firstClearedAt && (
          <p className="text-xs text-slate-700">
            Cleared for publication on {formatDay(firstClearedAt)}: changing a claim&apos;s words or verdict
            now records a public correction.{" "}
            <Link href={`/articles/${articleId}/corrections`} className="font-medium text-blue-800 underline">
              Corrections log{correctionCount > 0 ? ` (${correctionCount})` : ""}
            </Link>
          </p>
        )}
      </div>
      <div className="ml-auto flex flex-wrap items-start justify-end gap-4">
        <PresenceList people={others} />
        <SyncIndicator sync={sync} />
        <ArticleGate
          articleId={articleId}
          status={status}
          targets={gateTargets}
          onChanged={onStatusChanged}
          onShowClaim={onShowClaim}
        />
        {actions}
      </div>
    </header>
  );
}
