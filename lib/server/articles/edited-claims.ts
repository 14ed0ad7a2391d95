import "server-only";
import type { Tx } from "@/lib/db";
import { findInChunks, writeInChunks } from "@/lib/db/chunk";
import { describeAnchor } from "@/lib/domain/document/extract-claims";
import { groupOverlappingChanges, type CorrectableChange } from "@/lib/domain/corrections/plan-corrections";
import type { ArticleStatus } from "@/lib/domain/workflow/article-gate";
import type { ClaimRangeChanges } from "@/lib/editor/claim-mark-fixes";
import type { ClaimRuns } from "@/lib/editor/claim-runs";
import type { Actor } from "@/lib/server/auth/actor";
import type { AuditEventInput } from "@/lib/server/audit/append-audit-events";
import type { NotificationInput } from "@/lib/server/notifications/notify";
import { applyWorkflowConsequences } from "@/lib/server/articles/apply-workflow-consequences";
import { planArticleCorrections, writeCorrectionSteps } from "@/lib/server/corrections/correction-steps";

// What an edit means for the article's claims, decided from the claims whose ranges it
// changed (claims that merely moved are not touched: their offsets are read from the
// document when asked for), and written with their audit events.

export interface ClaimRow {
  id: string;
  articleId: string;
  quote: string;
  status: string;
  orphaned: boolean;
  removedAt: Date | null;
  assigneeId: string | null;
}

type Anchor = ReturnType<typeof describeAnchor>;

export interface EditedClaims {
  created: { id: string; anchor: Anchor }[];
  textChanged: { row: ClaimRow; anchor: Anchor }[];
  reattached: { row: ClaimRow; anchor: Anchor }[];
  orphaned: ClaimRow[];
  removed: ClaimRow[];
}

export async function loadClaimRows(
  tx: Pick<Tx, "claim">,
  ids: readonly string[],
): Promise<Map<string, ClaimRow>> {
  const unique = [...new Set(ids)];
  const rows = await findInChunks(unique, (part) =>
    tx.claim.findMany({
      where: { id: { in: part } },
      select: {
        id: true,
        articleId: true,
        quote: true,
        status: true,
        orphaned: true,
        removedAt: true,
        assigneeId: true,
      },
    }),
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export function planEditedClaims(input: {
  articleId: string;
  changes: ClaimRangeChanges;
  rows: ReadonlyMap<string, ClaimRow>;
  removals: ReadonlySet<string>;
  runs: ClaimRuns;
}): EditedClaims {
  const { changes, rows, removals, runs } = input;
  const plan: EditedClaims = { created: [], textChanged: [], reattached: [], orphaned: [], removed: [] };
  const anchorOf = (id: string): Anchor | null => {
    const run = runs.runs.get(id)?.[0];
    return run ? describeAnchor(runs.text, run.start, run.end) : null;
  };
  for (const id of [...changes.appeared, ...changes.reworded]) {
    const anchor = anchorOf(id);
    const row = rows.get(id);
    if (!anchor || row?.removedAt) continue;
    if (!row) plan.created.push({ id, anchor });
    else if (row.orphaned) plan.reattached.push({ row, anchor });
    else if (row.quote !== anchor.quote) plan.textChanged.push({ row, anchor });
  }
  for (const id of changes.disappeared) {
    const row = rows.get(id);
    if (row && !row.removedAt && !row.orphaned && !removals.has(id)) plan.orphaned.push(row);
  }
  for (const id of removals) {
    const row = rows.get(id);
    if (row && row.articleId === input.articleId && !row.removedAt) plan.removed.push(row);
  }
  return plan;
}

export function isEmptyPlan(plan: EditedClaims): boolean {
  return (
    plan.created.length +
      plan.textChanged.length +
      plan.reattached.length +
      plan.orphaned.length +
      plan.removed.length ===
    0
  );
}

/** Writes the claims' changes, their audit events, corrections and workflow consequences. */
export async function writeEditedClaims(
  tx: Tx,
  input: {
    articleId: string;
    article: { status: ArticleStatus; firstClearedAt: Date | null };
    plan: EditedClaims;
    actor: Actor;
    correctionNote: string | null;
    /** A changed claim's document range after the edit, to merge overlapping claims' corrections. */
    rangeOf: (claimId: string) => readonly [number, number] | null;
  },
): Promise<{
  events: AuditEventInput[];
  notices: NotificationInput[];
  changedClaimIds: string[];
  status: ArticleStatus;
  articleChanged: boolean;
}> {
  const { articleId, plan, actor } = input;
  const events: AuditEventInput[] = [];
  const base = { actorId: actor.id, articleId } as const;
  await writeInChunks(plan.created, (part) =>
    tx.claim.createMany({
      data: part.map(({ id, anchor }) => ({ ...anchor, id, articleId, createdById: actor.id })),
    }),
  );
  for (const { id, anchor } of plan.created) {
    events.push({ ...base, action: "claim.created", claimId: id, after: { quote: anchor.quote } });
  }
  for (const { row, anchor } of [...plan.textChanged, ...plan.reattached]) {
    await tx.claim.update({ where: { id: row.id }, data: { ...anchor, orphaned: false } });
  }
  for (const { row, anchor } of plan.textChanged) {
    events.push({
      ...base,
      action: "claim.text_changed",
      claimId: row.id,
      before: { quote: row.quote },
      after: { quote: anchor.quote },
    });
  }
  for (const { row, anchor } of plan.reattached) {
    events.push({
      ...base,
      action: "claim.reattached",
      claimId: row.id,
      before: { orphaned: true, quote: row.quote },
      after: { orphaned: false, quote: anchor.quote },
    });
  }
  await writeInChunks(plan.orphaned, (part) =>
    tx.claim.updateMany({ where: { id: { in: part.map((c) => c.id) } }, data: { orphaned: true } }),
  );
  for (const row of plan.orphaned) {
    events.push({
      ...base,
      action: "claim.orphaned",
      claimId: row.id,
      before: { orphaned: false, quote: row.quote },
      after: { orphaned: true },
    });
  }
  const removedAt = new Date();
  await writeInChunks(plan.removed, (part) =>
    tx.claim.updateMany({
      where: { id: { in: part.map((c) => c.id) } },
      data: { removedAt, removedById: actor.id, orphaned: false },
    }),
  );
  for (const row of plan.removed) {
    events.push({ ...base, action: "claim.removed", claimId: row.id, before: { quote: row.quote } });
  }

  const consequences = await applyWorkflowConsequences(tx, {
    articleId,
    articleStatus: input.article.status,
    reworded: plan.textChanged.map(({ row }) => row),
    otherClaimChanges: plan.orphaned.length + plan.created.length + plan.reattached.length,
    actor,
  });
  events.push(...consequences.events);
  const corrections = await planArticleCorrections(tx, {
    articleId,
    firstClearedAt: input.article.firstClearedAt,
    changes: input.article.firstClearedAt
      ? groupOverlappingChanges(await correctableChanges(tx, plan), input.rangeOf)
      : [],
    note: input.correctionNote,
    allowMissingNote: true,
  });
  events.push(
    ...(await writeCorrectionSteps(tx, {
      articleId,
      actorId: actor.id,
      note: input.correctionNote,
      allowMissingNote: true,
      steps: corrections,
    })),
  );
  const statusChanged = consequences.events.some((e) => e.action === "article.status_changed");
  return {
    events,
    notices: consequences.notices,
    changedClaimIds: [
      ...plan.created.map((c) => c.id),
      ...[...plan.textChanged, ...plan.reattached].map((c) => c.row.id),
      ...plan.orphaned.map((c) => c.id),
      ...plan.removed.map((c) => c.id),
    ],
    status: statusChanged ? "IN_CHECK" : input.article.status,
    articleChanged: statusChanged || corrections.length > 0,
  };
}

/**
 * What an edit changes that readers of a cleared article saw: a claim's words (reworded,
 * deleted from the text, re-attached elsewhere) and, when a verified claim is removed,
 * its verdict.
 */
async function correctableChanges(tx: Pick<Tx, "verdict">, plan: EditedClaims): Promise<CorrectableChange[]> {
  const changes: CorrectableChange[] = [
    ...plan.textChanged.map(({ row, anchor }) => textChange(row.id, row.quote, anchor.quote)),
    ...plan.orphaned.map((row) => textChange(row.id, row.quote, null)),
    ...plan.reattached.map(({ row, anchor }) => textChange(row.id, null, anchor.quote)),
  ];
  const verified = plan.removed.filter((c) => c.status === "VERIFIED").map((c) => c.id);
  if (verified.length === 0) return changes;
  const approved = await findInChunks(verified, (part) =>
    tx.verdict.findMany({
      where: { claimId: { in: part }, state: "APPROVED" },
      orderBy: { createdAt: "desc" },
      select: { claimId: true, rationale: true, rating: { select: { label: true } } },
    }),
  );
  for (const claimId of verified) {
    const latest = approved.find((v) => v.claimId === claimId);
    if (!latest) continue;
    changes.push({
      claimId,
      kind: "VERDICT",
      before: { rating: latest.rating.label, rationale: latest.rationale },
      after: { rating: null, rationale: null },
    });
  }
  return changes;
}

function textChange(claimId: string, before: string | null, after: string | null): CorrectableChange {
  return { claimId, kind: "TEXT", before: { quote: before }, after: { quote: after } };
}
