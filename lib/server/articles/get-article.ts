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
  /** When the article was first cleared: from then on claim changes are public corrections. */
  firstClearedAt: string | null;
  correctionCount: number;
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
      claims: { where: { removedAt: null }, select: articleClaimSelect },
      firstClearedAt: true,
      _count: { select: { corrections: true } },
    },
  });
  if (!article) throw notFound("The article");
  const { _count, ...rest } = article;
  return {
    ...rest,
    doc: article.doc as unknown as DocJSON,
    updatedAt: article.updatedAt.toISOString(),
    firstClearedAt: article.firstClearedAt?.toISOString() ?? null,
    correctionCount: _count.corrections,
    claims: toArticleClaims(article.claims),
  };
}

const articleClaimSelect = {
  ...claimDtoSelect,
  dueAt: true,
  assignee: { select: { id: true, name: true } },
  verdicts: {
    where: { state: "APPROVED" as const },
    orderBy: { createdAt: "desc" as const },
    take: 1,
    select: { rating: { select: { label: true } } },
  },
};

type ArticleClaimRow = Omit<ArticleClaim, "rating" | "dueAt"> & {
  dueAt: Date | null;
  verdicts: { rating: { label: string } }[];
};

function toArticleClaims(rows: ArticleClaimRow[]): ArticleClaim[] {
  return sortClaims(
    rows.map(({ verdicts, dueAt, ...claim }) => ({
      ...claim,
      dueAt: dueAt?.toISOString() ?? null,
      rating: claim.status === "VERIFIED" ? (verdicts[0]?.rating.label ?? null) : null,
    })),
  );
}

/** An article's claims as the workspace lists them, without reading its document. */
export async function listArticleClaims(articleId: string): Promise<ArticleClaim[]> {
  return toArticleClaims(
    await db.claim.findMany({ where: { articleId, removedAt: null }, select: articleClaimSelect }),
  );
}
