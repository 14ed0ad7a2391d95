import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleWorkspace, type WorkspaceArticle } from "@/components/editor/article-workspace";
import { SpikeButton, SpikedBanner } from "@/components/articles/spike-controls";
import { TagEditor } from "@/components/tags/tag-editor";
import { AppError } from "@/lib/errors";
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
  // What this person may do here, as the server decided it (a spiked article: nothing).
  const { can } = article;
  const spiked = article.archivedAt !== null;
  return (
    <ArticleWorkspace
      key={`${article.id}:${spiked ? "spiked" : "live"}`}
      article={toWorkspaceArticle(article)}
      initialClaimId={claim}
      permissions={{
        actor: { id: user.id, role: user.role },
        canEdit: can.edit,
        canMark: can.mark,
        canRemove: can.remove,
        canReattach: can.reattach,
        readOnlyReason: can.readOnlyReason,
      }}
      notice={
        article.archivedAt ? (
          <SpikedBanner
            articleId={article.id}
            archivedAt={article.archivedAt}
            archivedBy={article.archivedBy?.name ?? null}
            canRestore={can.restore}
            reason={can.readOnlyReason}
          />
        ) : null
      }
      tags={<TagEditor articleId={article.id} initialTags={article.tags} canEdit={can.tag} />}
      headerActions={can.spike ? <SpikeButton articleId={article.id} title={article.title} /> : null}
    />
  );
}

/** What the workspace uses, and no more: the page's payload grows with every claim. */
function toWorkspaceArticle(article: ArticleDetail): WorkspaceArticle {
  const { id, title, status, version, doc, firstClearedAt, correctionCount, pendingCorrections } = article;
  return {
    id,
    spiked: article.archivedAt !== null,
    title,
    status,
    version,
    doc,
    firstClearedAt,
    correctionCount,
    pendingCorrections,
    // A claim's range comes from the document, its assignee and due date with its detail.
    claims: article.claims.map(
      ({ id: claimId, quote, status: claimStatus, orphaned, rating, checkedQuote }) => ({
        id: claimId,
        quote,
        status: claimStatus,
        orphaned,
        rating,
        checkedQuote,
      }),
    ),
  };
}
