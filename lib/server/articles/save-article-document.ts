import "server-only";
import { AppError } from "@/lib/errors";
import { parseDocument } from "@/lib/domain/document/parse-document";
import type { DocJSON } from "@/lib/domain/document/types";
import type { ArticleStatus } from "@/lib/domain/workflow/article-gate";
import { readClaimRuns } from "@/lib/editor/claim-runs";
import { diffDocumentToSteps } from "@/lib/editor/doc-to-steps";
import { parseInput } from "@/lib/validation/issues";
import { ZSaveDocumentInput, type SaveDocumentInput } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { applyArticleEdit } from "@/lib/server/articles/apply-article-edit";
import { getArticleSummary, listArticleClaims, type ArticleClaim } from "@/lib/server/articles/get-article";

/** The client id steps of whole-document saves are stored under. */
export const DOCUMENT_SAVE_CLIENT_ID = "api";

export interface SaveResult {
  version: number;
  /** The article's status after the save (a changed claim sends a cleared article back to check). */
  status: ArticleStatus;
  /** How many corrections the article's log holds after the save. */
  correctionCount: number;
  claims: ArticleClaim[];
  /** The document as stored: stray copies of a claim's mark are removed. */
  doc: DocJSON;
}

/**
 * PUT …/document, for API clients: a whole document against the version it was based on.
 * It is turned into steps against that version (words and formatting as one replacement,
 * claim marks as mark steps) and applied exactly as the live editor's steps are, so the
 * two paths cannot disagree — a checker's document that only adds claim marks passes.
 */
export async function saveArticleDocument(
  articleId: string,
  rawInput: SaveDocumentInput,
  actor: Actor,
): Promise<SaveResult> {
  const input = parseInput(ZSaveDocumentInput, rawInput);
  assertAllowed(actor, "article.view");
  const result = await applyArticleEdit(
    {
      articleId,
      version: input.baseVersion,
      clientId: DOCUMENT_SAVE_CLIENT_ID,
      steps: (current) => diffDocumentToSteps(current, parseDocumentNode(input.doc)),
      removeClaimIds: input.removeClaimIds,
      correctionNote: input.correctionNote,
      onBehind: "conflict",
    },
    actor,
  );
  if (result.kind === "behind") throw new Error("A document save never asks for missed steps.");
  const summary = await getArticleSummary(articleId);
  return {
    version: result.version,
    status: summary.status,
    correctionCount: summary.correctionCount,
    claims: await listArticleClaims(articleId, readClaimRuns(result.doc)),
    doc: result.doc.toJSON() as DocJSON,
  };
}

function parseDocumentNode(json: unknown) {
  const parsed = parseDocument(json);
  if (!parsed.ok) {
    throw new AppError("invalid_document", "The document does not fit the article schema.", {
      issues: parsed.issues,
    });
  }
  return parsed.node;
}
