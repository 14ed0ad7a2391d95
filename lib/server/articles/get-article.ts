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
  claims: ClaimDto[];
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
      claims: { where: { removedAt: null }, select: claimDtoSelect },
    },
  });
  if (!article) throw notFound("The article");
  return {
    ...article,
    doc: article.doc as unknown as DocJSON,
    updatedAt: article.updatedAt.toISOString(),
    claims: sortClaims(article.claims),
  };
}
