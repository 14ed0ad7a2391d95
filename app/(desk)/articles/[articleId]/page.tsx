import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleWorkspace, type WorkspaceArticle } from "@/components/editor/article-workspace";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/domain/permissions";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { getArticle, type ArticleDetail } from "@/lib/server/articles/get-article";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ claim?: string }>;
}) {
  const user = await requirePageUser();
  const { articleId } = await params;
  const { claim } = await searchParams;
  const article = await getArticle(articleId, user).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <ArticleWorkspace
      key={article.id}
      article={toWorkspaceArticle(article)}
      initialClaimId={claim}
      permissions={{
        actor: { id: user.id, role: user.role },
        canEdit: can(user, "article.edit"),
        canMark: can(user, "claim.mark"),
        canRemove: can(user, "claim.remove"),
        canReattach: can(user, "claim.reattach"),
      }}
    />
  );
}

/** What the workspace uses, and no more: the page's payload grows with every claim. */
function toWorkspaceArticle(article: ArticleDetail): WorkspaceArticle {
  const { id, title, status, version, doc, firstClearedAt, correctionCount, pendingCorrections } = article;
  return {
    id,
    title,
    status,
    version,
    doc,
    firstClearedAt,
    correctionCount,
    pendingCorrections,
    // A claim's range comes from the document, its assignee and due date with its detail.
    claims: article.claims.map(({ id: claimId, quote, status: claimStatus, orphaned, rating }) => ({
      id: claimId,
      quote,
      status: claimStatus,
      orphaned,
      rating,
    })),
  };
}
