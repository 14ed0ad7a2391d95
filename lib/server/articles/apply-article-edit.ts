import "server-only";
import type { Node as PMNode } from "@tiptap/pm/model";
import type { Step } from "@tiptap/pm/transform";
import { db, type Tx } from "@/lib/db";
import { writeInChunks } from "@/lib/db/chunk";
import { AppError, notFound } from "@/lib/errors";
import type { CanonicalValue } from "@/lib/domain/audit/hash-chain";
import { CLAIM_MARK } from "@/lib/domain/document/claim-mark";
import type { DocumentIssue } from "@/lib/domain/document/parse-document";
import { decideEditPermission } from "@/lib/domain/permissions";
import type { ArticleStatus } from "@/lib/domain/workflow/article-gate";
import { applySteps, classifySteps } from "@/lib/editor/steps";
import { readClaimRuns } from "@/lib/editor/claim-runs";
import { compareClaimRanges, planClaimMarkFixes } from "@/lib/editor/claim-mark-fixes";
import { MAX_ARTICLE_TEXT } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { appendAuditEvents, type AuditEventInput } from "@/lib/server/audit/append-audit-events";
import { notify } from "@/lib/server/notifications/notify";
import { signalArticle, type ArticleSignal } from "@/lib/server/live/article-signals";
import { lockArticle } from "@/lib/server/articles/article-lock";
import { loadArticleDoc, rememberArticleDoc, type ArticleDocState } from "@/lib/server/articles/doc-cache";
import { closeEditBursts, extendEditBurst, isBurstDue } from "@/lib/server/articles/edit-bursts";
import { readStepsSince, type StepsSince } from "@/lib/server/articles/list-article-steps";
import { loadClaimRows, planEditedClaims, writeEditedClaims } from "@/lib/server/articles/edited-claims";

/** The client id of steps the server adds itself. */
export const SERVER_CLIENT_ID = "server";

export interface ArticleEdit {
  articleId: string;
  /** The article version the steps were made against; "current" for server-made edits. */
  version: number | "current";
  clientId: string;
  /** The client's steps, or, for a whole-document save, steps built from the current document. */
  steps: readonly Step[] | ((current: PMNode) => readonly Step[]);
  /** Claims to take out of the article for good ("Remove claim"). */
  removeClaimIds?: readonly string[];
  /** The public note for corrections this edit makes to a cleared article. */
  correctionNote?: string | null;
  /** A stale version gets the missed steps (live editor) or a version conflict (PUT). */
  onBehind: "steps" | "conflict";
}

export type ArticleEditResult =
  | {
      kind: "applied";
      version: number;
      status: ArticleStatus;
      /** Steps the server added after the client's, with their client ids. */
      serverSteps: unknown[];
      doc: PMNode;
      /** Claims the edit created, reworded, orphaned, re-attached or removed. */
      changedClaimIds: string[];
      /** The article's status or corrections changed too. */
      articleChanged: boolean;
    }
  | { kind: "behind"; missed: StepsSince };

/**
 * THE way an article's text changes: a batch of steps applied in one transaction that holds
 * the article's lock — version check, schema, permission decided from the steps, the step
 * log, the document, the claims it creates, rewords, orphans, re-attaches or removes, the
 * workflow consequences and corrections, the audit trail — then every open workspace is told.
 */
export async function applyArticleEdit(edit: ArticleEdit, actor: Actor): Promise<ArticleEditResult> {
  assertAllowed(actor, "article.view");
  const now = new Date();
  let committed: { state: ArticleDocState; signals: ArticleSignal[] } | null = null;
  const result = await db.$transaction(async (tx): Promise<ArticleEditResult> => {
    if (!(await lockArticle(tx, edit.articleId))) throw notFound("The article");
    const article = await tx.article.findUniqueOrThrow({
      where: { id: edit.articleId },
      select: { version: true, status: true, firstClearedAt: true },
    });
    if (edit.version !== "current" && edit.version !== article.version) {
      if (edit.onBehind === "conflict" || edit.version > article.version) {
        throw versionConflict(article.version);
      }
      return { kind: "behind", missed: await readStepsSince(tx, edit.articleId, edit.version) };
    }
    const current = await loadArticleDoc(tx, edit.articleId, article.version);
    const outcome = await applyInTransaction(tx, { edit, actor, now, article, current });
    committed = outcome.committed;
    return outcome.result;
  });
  if (committed) {
    const { state, signals } = committed as { state: ArticleDocState; signals: ArticleSignal[] };
    rememberArticleDoc(edit.articleId, state);
    signalArticle(...signals);
  }
  return result;
}

async function applyInTransaction(
  tx: Tx,
  input: {
    edit: ArticleEdit;
    actor: Actor;
    now: Date;
    article: { version: number; status: ArticleStatus; firstClearedAt: Date | null };
    current: ArticleDocState;
  },
) {
  const { edit, actor, now, article, current } = input;
  const { articleId } = edit;
  const clientSteps = typeof edit.steps === "function" ? edit.steps(current.doc) : edit.steps;
  const applied = applySteps(current.doc, clientSteps);
  if (!applied.ok) throw invalidSteps(applied.issues);
  const effects = classifySteps(clientSteps);
  const permission = decideEditPermission(actor, {
    textOrFormattingChanged: effects.changesTextOrFormatting,
    claimMarksChanged: effects.changesClaimMarks,
    claimsRemoved: (edit.removeClaimIds?.length ?? 0) > 0,
  });
  if (!permission.ok) throw new AppError("forbidden", permission.reason);

  // What the database knows of ids that newly carry a mark, and of claims being removed.
  const afterRuns = readClaimRuns(applied.doc);
  const removals = new Set(edit.removeClaimIds ?? []);
  const newIds = [...afterRuns.runs.keys()].filter((id) => !current.runs.has(id));
  const rows = await loadClaimRows(tx, [...newIds, ...removals]);
  refuseForeignClaims(articleId, newIds, rows);
  refuseUnknownRemovals(articleId, removals, rows);

  const claimType = applied.doc.type.schema.marks[CLAIM_MARK];
  if (!claimType) throw new Error("The claim mark is not in the schema.");
  const fixes = planClaimMarkFixes({
    before: current.runs,
    after: afterRuns.runs,
    text: afterRuns.text,
    knownQuotes: new Map([...rows.values()].map((r) => [r.id, r.quote])),
    mapping: applied.transform.mapping,
    drop: new Set([...removals, ...newIds.filter((id) => rows.get(id)?.removedAt)]),
    claimType,
  });
  const fixed = fixes.length > 0 ? applySteps(applied.doc, fixes) : applied;
  if (!fixed.ok) throw new Error(`The server's own claim-mark steps failed: ${fixed.issues[0]?.message}`);
  const finalRuns = fixes.length > 0 ? readClaimRuns(fixed.doc) : afterRuns;
  if (finalRuns.text.length > MAX_ARTICLE_TEXT) {
    throw new AppError("payload_too_large", "The article would be longer than 1,000,000 characters.");
  }

  const changes = compareClaimRanges(current, finalRuns);
  const missing = [...changes.appeared, ...changes.disappeared, ...changes.reworded].filter(
    (id) => !rows.has(id),
  );
  for (const [id, row] of await loadClaimRows(tx, missing)) rows.set(id, row);
  const plan = planEditedClaims({ articleId, changes, rows, removals, runs: finalRuns });
  if (plan.reattached.length > 0) assertAllowed(actor, "claim.reattach");

  const allSteps = [...clientSteps, ...fixes];
  const version = article.version + allSteps.length;
  const stored = allSteps.map((step, i) => ({
    articleId,
    version: article.version + 1 + i,
    step: step.toJSON() as CanonicalValue & object,
    clientId: i < clientSteps.length ? edit.clientId : SERVER_CLIENT_ID,
    userId: actor.id,
    createdAt: now,
  }));
  const events: AuditEventInput[] = [];
  if (stored.length > 0) {
    events.push(
      ...(await closeEditBursts(tx, {
        articleId,
        snapshot: { version: article.version, doc: (): unknown => current.doc.toJSON() },
        shouldClose: isBurstDue(now, actor.id),
      })),
    );
    await writeInChunks(stored, (data) => tx.articleStep.createMany({ data }));
    await tx.article.update({
      where: { id: articleId },
      data: { doc: fixed.doc.toJSON() as object, version, updatedById: actor.id },
    });
    await extendEditBurst(tx, { articleId, userId: actor.id, steps: stored, now });
  }
  const written = await writeEditedClaims(tx, {
    articleId,
    article,
    plan,
    actor,
    correctionNote: edit.correctionNote ?? null,
    // Where each changed claim is now; a deleted one where its words were (mark fixes move nothing).
    rangeOf: (id) => {
      const run = finalRuns.runs.get(id)?.[0];
      if (run) return [run.from, run.to];
      const old = current.runs.get(id)?.[0];
      const { mapping } = applied.transform;
      return old ? [mapping.map(old.from, -1), mapping.map(old.to, 1)] : null;
    },
  });
  events.push(...written.events);
  await appendAuditEvents(tx, events);
  await notify(tx, written.notices);

  const signals: ArticleSignal[] = [];
  if (stored.length > 0) signals.push({ kind: "steps", articleId, version });
  if (written.changedClaimIds.length > 0) {
    signals.push({ kind: "claims", articleId, claimIds: written.changedClaimIds });
  }
  if (written.articleChanged) signals.push({ kind: "article", articleId });
  return {
    committed:
      stored.length > 0 || signals.length > 0
        ? { state: { version, doc: fixed.doc, ...finalRuns }, signals }
        : null,
    result: {
      kind: "applied" as const,
      version,
      status: written.status,
      serverSteps: stored.slice(clientSteps.length).map((s) => s.step),
      doc: fixed.doc,
      changedClaimIds: written.changedClaimIds,
      articleChanged: written.articleChanged,
    },
  };
}

function refuseForeignClaims(
  articleId: string,
  ids: readonly string[],
  rows: ReadonlyMap<string, { articleId: string }>,
): void {
  const foreign = ids.filter((id) => {
    const row = rows.get(id);
    return row !== undefined && row.articleId !== articleId;
  });
  if (foreign.length > 0) {
    throw new AppError("invalid_document", "The document marks claims that belong to another article.", {
      issues: foreign.map((id) => ({
        path: `claim:${id}`,
        message: "This claim id belongs to another article.",
      })),
    });
  }
}

function refuseUnknownRemovals(
  articleId: string,
  removals: ReadonlySet<string>,
  rows: ReadonlyMap<string, { articleId: string; removedAt: Date | null }>,
): void {
  const unknown = [...removals].filter((id) => {
    const row = rows.get(id);
    return !row || row.articleId !== articleId || row.removedAt !== null;
  });
  if (unknown.length > 0) {
    throw new AppError("validation", "Only claims of this article that still exist can be removed.", {
      issues: unknown.map((id) => ({ path: "removeClaimIds", message: `No claim ${id} to remove.` })),
    });
  }
}

function invalidSteps(issues: DocumentIssue[]): AppError {
  return new AppError("invalid_document", "The change does not fit the article schema.", { issues });
}

export function versionConflict(currentVersion: number): AppError {
  return new AppError(
    "version_conflict",
    "Someone else saved this article after you opened it. Reload to see their version; your text is kept until you decide.",
    { details: { currentVersion } },
  );
}
