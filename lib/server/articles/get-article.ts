import "server-only";
import { db } from "@/lib/db";
import { findInChunks } from "@/lib/db/chunk";
import { notFound } from "@/lib/errors";
import { describeAnchor } from "@/lib/domain/document/extract-claims";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import type { DocJSON } from "@/lib/domain/document/types";
import { articleCapabilities, type ArticleCapabilities } from "@/lib/domain/permissions";
import type { ClaimRuns } from "@/lib/editor/claim-runs";
import type { ArticleStatus } from "@/lib/generated/sqlite/client";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { claimDtoSelect, sortClaims, type ClaimDto } from "@/lib/server/claims/claim-dto";
import {
  listPendingCorrections,
  type PendingCorrectionView,
} from "@/lib/server/corrections/list-pending-corrections";
import { findArticleTagNames } from "@/lib/server/tags/article-tag-names";
import { rememberArticleDoc, peekArticleDoc, toArticleDocState } from "@/lib/server/articles/doc-cache";

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
  /** Corrections waiting for the next clearance (some perhaps for their public note). */
  pendingCorrections: PendingCorrectionView[];
  /** Set while the article is spiked (read-only, off the desk and the queues). */
  archivedAt: string | null;
  archivedBy: { id: string; name: string } | null;
  /** What this viewer may do in the article now (nothing that writes while it is spiked). */
  can: ArticleCapabilities;
  /** Its tags, alphabetical. */
  tags: string[];
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
      firstClearedAt: true,
      archivedAt: true,
      archivedBy: { select: { id: true, name: true } },
      _count: { select: { corrections: true } },
    },
  });
  if (!article) throw notFound("The article");
  const { _count, ...rest } = article;
  // The row was read whole, so its document is the one of its version.
  const anchors =
    peekArticleDoc(articleId, article.version) ??
    toArticleDocState(article.version, getDocumentSchema().nodeFromJSON(article.doc));
  rememberArticleDoc(articleId, anchors);
  return {
    ...rest,
    doc: article.doc as unknown as DocJSON,
    updatedAt: article.updatedAt.toISOString(),
    firstClearedAt: article.firstClearedAt?.toISOString() ?? null,
    archivedAt: article.archivedAt?.toISOString() ?? null,
    can: articleCapabilities(actor, { spiked: article.archivedAt !== null }),
    correctionCount: _count.corrections,
    claims: await listArticleClaims(articleId, anchors),
    pendingCorrections: await listPendingCorrections(articleId),
    tags: (await findArticleTagNames([articleId])).get(articleId) ?? [],
  };
}

/** The article's status, version, corrections and whether it is spiked, after a change. */
export async function getArticleSummary(articleId: string) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      status: true,
      version: true,
      firstClearedAt: true,
      archivedAt: true,
      _count: { select: { corrections: true } },
    },
  });
  if (!article) throw notFound("The article");
  return {
    status: article.status,
    version: article.version,
    firstClearedAt: article.firstClearedAt?.toISOString() ?? null,
    archivedAt: article.archivedAt?.toISOString() ?? null,
    correctionCount: article._count.corrections,
    pendingCorrections: await listPendingCorrections(articleId),
  };
}

/**
 * An article's claims as the workspace lists them, in document order. Claims that only
 * moved keep their stored offsets until their words change; `anchors` (the current
 * document's claim ranges) gives the exact ones. Related rows are read in chunks, so any
 * number of claims works on SQLite.
 */
export async function listArticleClaims(articleId: string, anchors?: ClaimRuns): Promise<ArticleClaim[]> {
  return listClaims({ articleId, removedAt: null }, anchors);
}

/** Some claims of an article as the workspace lists them (after they changed). */
export async function listArticleClaimsByIds(
  articleId: string,
  ids: readonly string[],
  anchors?: ClaimRuns,
): Promise<ArticleClaim[]> {
  const rows = await findInChunks(ids, (part) =>
    listClaims({ articleId, removedAt: null, id: { in: part } }, anchors),
  );
  return sortClaims(rows);
}

async function listClaims(
  where: { articleId: string; removedAt: null; id?: { in: string[] } },
  anchors?: ClaimRuns,
): Promise<ArticleClaim[]> {
  const rows = await db.claim.findMany({
    where,
    select: { ...claimDtoSelect, dueAt: true, assigneeId: true },
  });
  const verified = rows.filter((c) => c.status === "VERIFIED").map((c) => c.id);
  const approved = await findInChunks(verified, (part) =>
    db.verdict.findMany({
      where: { claimId: { in: part }, state: "APPROVED" },
      orderBy: { createdAt: "asc" },
      select: { claimId: true, rating: { select: { label: true } } },
    }),
  );
  // Ascending, so the newest approved verdict of a claim is the one left in the map.
  const ratings = new Map(approved.map((v) => [v.claimId, v.rating.label]));
  const assigneeIds = [...new Set(rows.flatMap((c) => (c.assigneeId ? [c.assigneeId] : [])))];
  const people = await findInChunks(assigneeIds, (part) =>
    db.user.findMany({ where: { id: { in: part } }, select: { id: true, name: true } }),
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  return sortClaims(
    rows.map(({ assigneeId, dueAt, ...claim }) => {
      const run = claim.orphaned ? undefined : anchors?.runs.get(claim.id)?.[0];
      const anchor = run && anchors ? describeAnchor(anchors.text, run.start, run.end) : null;
      return {
        ...claim,
        ...(anchor
          ? { start: anchor.start, end: anchor.end, prefix: anchor.prefix, suffix: anchor.suffix }
          : {}),
        dueAt: dueAt?.toISOString() ?? null,
        assignee: assigneeId ? (byId.get(assigneeId) ?? null) : null,
        rating: claim.status === "VERIFIED" ? (ratings.get(claim.id) ?? null) : null,
      };
    }),
  );
}
