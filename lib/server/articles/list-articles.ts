import "server-only";
import { db } from "@/lib/db";
import type { ArticleStatus, ClaimStatus } from "@/lib/generated/sqlite/client";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";

export interface ArticleSummary {
  id: string;
  title: string;
  status: ArticleStatus;
  version: number;
  claimCount: number;
  orphanedCount: number;
  claimsByStatus: Partial<Record<ClaimStatus, number>>;
  updatedAt: string;
  updatedBy: { id: string; name: string };
}

/** The desk: every article, most recently changed first, with its claims counted. */
export async function listArticles(actor: Actor): Promise<ArticleSummary[]> {
  assertAllowed(actor, "article.view");
  const [articles, counts] = await Promise.all([
    db.article.findMany({
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        title: true,
        status: true,
        version: true,
        updatedAt: true,
        updatedBy: { select: { id: true, name: true } },
      },
    }),
    db.claim.groupBy({
      by: ["articleId", "status", "orphaned"],
      where: { removedAt: null },
      _count: { _all: true },
    }),
  ]);
  const byArticle = new Map<string, typeof counts>();
  for (const row of counts) byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row]);
  return articles.map((article) => {
    const mine = byArticle.get(article.id) ?? [];
    const claimsByStatus: Partial<Record<ClaimStatus, number>> = {};
    for (const c of mine) claimsByStatus[c.status] = (claimsByStatus[c.status] ?? 0) + c._count._all;
    return {
      ...article,
      updatedAt: article.updatedAt.toISOString(),
      claimCount: mine.reduce((sum, c) => sum + c._count._all, 0),
      orphanedCount: mine.filter((c) => c.orphaned).reduce((sum, c) => sum + c._count._all, 0),
      claimsByStatus,
    };
  });
}
