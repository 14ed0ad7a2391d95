import "server-only";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { Tx } from "@/lib/db";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { readClaimRuns, type ClaimRuns } from "@/lib/editor/claim-runs";

// The documents of recently edited articles, parsed, with their claim ranges, keyed by
// version: a step batch against the version in memory skips parsing the stored JSON. An
// entry is written only after its transaction committed, and used only when the version
// read under the article's lock matches, so another process's writes never go unseen.

export interface ArticleDocState extends ClaimRuns {
  version: number;
  doc: PMNode;
}

const MAX_ENTRIES = 32;
const cache = new Map<string, ArticleDocState>();

/** The article's document at `version`, which must be its current version (read under its lock). */
export async function loadArticleDoc(
  tx: Pick<Tx, "article">,
  articleId: string,
  version: number,
): Promise<ArticleDocState> {
  const hit = peekArticleDoc(articleId, version);
  if (hit) {
    rememberArticleDoc(articleId, hit);
    return hit;
  }
  const row = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { doc: true } });
  return toArticleDocState(version, getDocumentSchema().nodeFromJSON(row.doc));
}

/** The cached document of the article at `version`, if this process has it. */
export function peekArticleDoc(articleId: string, version: number): ArticleDocState | undefined {
  const hit = cache.get(articleId);
  return hit?.version === version ? hit : undefined;
}

export function toArticleDocState(version: number, doc: PMNode): ArticleDocState {
  return { version, doc, ...readClaimRuns(doc) };
}

/** After a commit: the article's document at its new version. */
export function rememberArticleDoc(articleId: string, state: ArticleDocState): void {
  cache.delete(articleId);
  cache.set(articleId, state);
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}
