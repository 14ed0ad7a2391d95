import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { DocJSON } from "@/lib/domain/document/types";
import type { ArticleStatus } from "@/lib/generated/sqlite/client";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { claimDtoSelect, sortClaims, type ClaimDto } from "@/lib/server/claims/claim-dto";

export interface ArticleDetail {
  id: string;
  title: string;
  status: ArticleStatus;
  version: number;
  doc: DocJSON;
  updatedAt: string;
  updatedBy: { id: string; name: string };
  claims: ArticleClaim[];
}

/** A claim as the workspace lists it: its anchor, workflow position and, once verified, rating. */
export interface ArticleClaim extends ClaimDto {
  rating: string | null;
  assignee: { id: string; name: string } | null;
  dueAt: string | null;
}

export async function getArticle(articleId: string, actor: Actor): Promise<ArticleDetail> {
  assertAllowed(actor, "article.view");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      doc: true,
      updatedAt: true,
      updatedBy: { select: { id: true, name: true } },
      claims: {
        where: { removedAt: null },
        select: {
          ...claimDtoSelect,
          dueAt: true,
          assignee: { select: { id: true, name: true } },
          verdicts: {
            where: { state: "APPROVED" },
            orderBy: { createdAt: "desc" },
            take: 1,
            select: { rating: { select: { label: true } } },
          },
        },
      },
    },
  });
  if (!article) throw notFound("The article");
  return {
    ...article,
    doc: article.doc as unknown as DocJSON,
    updatedAt: article.updatedAt.toISOString(),
    claims: sortClaims(
      article.claims.map(({ verdicts, dueAt, ...claim }) => ({
        ...claim,
        dueAt: dueAt?.toISOString() ?? null,
        rating: claim.status === "VERIFIED" ? (verdicts[0]?.rating.label ?? null) : null,
      })),
    ),
  };
}
