import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { peekArticleDoc } from "@/lib/server/articles/doc-cache";
import {
  getArticleSummary,
  listArticleClaims,
  listArticleClaimsByIds,
  type ArticleClaim,
} from "@/lib/server/articles/get-article";
import { readStepsSince } from "@/lib/server/articles/list-article-steps";

// What the article hub reads from the database when a signal arrives: the one source of
// truth, so every process sends the same thing whichever process made the change.

/** `steps` event: the steps from version `from` to `version`, with the session each came from. */
export interface StepsEventData {
  from: number;
  version: number;
  steps: unknown[];
  clientIds: string[];
}

/** `claims` event: claims as the workspace lists them, and those no longer listed (removed). */
export interface ClaimsEventData {
  claims: ArticleClaim[];
  removedIds: string[];
}

/** `article` event: the article's status, version and corrections. */
export type ArticleEventData = Awaited<ReturnType<typeof getArticleSummary>>;

export async function readArticleVersion(articleId: string): Promise<number> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { version: true } });
  if (!article) throw notFound("The article");
  return article.version;
}

/** The steps after `from`, in pages (≤5000 steps each), up to `to` at most. */
export async function readStepPages(articleId: string, from: number, to?: number): Promise<StepsEventData[]> {
  const pages: StepsEventData[] = [];
  for (let cursor = from; to === undefined || cursor < to;) {
    const page = await readStepsSince(db, articleId, cursor);
    const take = to === undefined ? page.steps.length : Math.min(page.steps.length, to - cursor);
    if (take === 0) break;
    pages.push({
      from: cursor,
      version: cursor + take,
      steps: page.steps.slice(0, take),
      clientIds: page.clientIds.slice(0, take),
    });
    cursor += take;
    if (!page.more && take === page.steps.length) break;
  }
  return pages;
}

/** These claims now; `version` is the article version the hub has sent, for exact offsets when cached. */
export async function readClaimsChange(
  articleId: string,
  claimIds: readonly string[],
  version: number | null,
): Promise<ClaimsEventData> {
  const anchors = version === null ? undefined : peekArticleDoc(articleId, version);
  const claims = await listArticleClaimsByIds(articleId, claimIds, anchors);
  const listed = new Set(claims.map((c) => c.id));
  return { claims, removedIds: claimIds.filter((id) => !listed.has(id)) };
}

/** Every claim, after signals may have been missed: the listed ones and every removed one. */
export async function readAllClaims(articleId: string, version: number | null): Promise<ClaimsEventData> {
  const anchors = version === null ? undefined : peekArticleDoc(articleId, version);
  const claims = await listArticleClaims(articleId, anchors);
  const removed = await db.claim.findMany({
    where: { articleId, removedAt: { not: null } },
    select: { id: true },
  });
  return { claims, removedIds: removed.map((c) => c.id) };
}

export function readArticleEvent(articleId: string): Promise<ArticleEventData> {
  return getArticleSummary(articleId);
}
