import Link from "next/link";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ArticleStatusBadge } from "@/components/articles/article-status-badge";
import { ClaimStatusBar } from "@/components/desk/claim-status-bar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ArticleStatusName, ClaimStatusName } from "@/lib/domain/claims/claim-status";

export interface DeskArticle {
  id: string;
  title: string;
  status: ArticleStatusName;
  claimCount: number;
  orphanedCount: number;
  claimsByStatus: Partial<Record<ClaimStatusName, number>>;
  updatedAt: string;
  updatedBy: { name: string };
}

export function ArticleTable({ articles, canCreate }: { articles: DeskArticle[]; canCreate: boolean }) {
  return (
    <main className="mx-auto max-w-[1400px] px-4 py-6">
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-xl font-semibold">Desk</h1>
        {canCreate && (
          <Button asChild>
            <Link href="/articles/new">
              <Plus aria-hidden="true" />
              New article
            </Link>
          </Button>
        )}
      </div>
      {articles.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          No articles yet.{canCreate ? " Create one with “New article”." : " An editor creates them."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Title
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Claims
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Last change
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {articles.map((a) => (
                <tr key={a.id} className="hover:bg-slate-50">
                  <td className="px-4 py-2.5">
                    <Link href={`/articles/${a.id}`} className="font-medium text-slate-900 hover:underline">
                      {a.title}
                    </Link>
                  </td>
                  <td className="px-4 py-2.5">
                    <ArticleStatusBadge status={a.status} />
                  </td>
                  <td className="px-4 py-2.5">
                    <ClaimStatusBar
                      total={a.claimCount}
                      byStatus={a.claimsByStatus}
                      orphaned={a.orphanedCount}
                    />
                  </td>
                  <td className="px-4 py-2.5 text-slate-700">
                    <RelativeTime iso={a.updatedAt} /> · {a.updatedBy.name}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
