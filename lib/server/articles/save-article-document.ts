import "server-only";
import { isDeepStrictEqual } from "node:util";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { decideSavePermission } from "@/lib/domain/permissions";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { parseDocument } from "@/lib/domain/document/parse-document";
import { extractClaims, type ExtractedClaim } from "@/lib/domain/document/extract-claims";
import { removeClaimRanges, stripAllClaimMarks } from "@/lib/domain/document/strip-claim-marks";
import type { DocJSON } from "@/lib/domain/document/types";
import { parseInput } from "@/lib/validation/issues";
import { ZSaveDocumentInput, type SaveDocumentInput } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { appendAuditEvents, type AuditEventInput } from "@/lib/server/audit/append-audit-events";
import { claimDtoSelect } from "@/lib/server/claims/claim-dto";
import { listArticleClaims, type ArticleClaim } from "@/lib/server/articles/get-article";
import type { ArticleStatus } from "@/lib/domain/workflow/article-gate";
import {
  planClaimChanges,
  type ClaimChangePlan,
  type StoredClaim,
} from "@/lib/domain/claims/plan-claim-changes";
import type { CorrectableChange } from "@/lib/domain/corrections/plan-corrections";
import { planArticleCorrections, writeCorrectionSteps } from "@/lib/server/corrections/correction-steps";
import { notify } from "@/lib/server/notifications/notify";
import { applyWorkflowConsequences } from "@/lib/server/articles/apply-workflow-consequences";

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
 * The one save path for an article's text: checks the document against the editor's
 * schema, derives every claim's anchor from it and records what changed, all in one
 * transaction that refuses a save based on a version someone else has replaced.
 */
export async function saveArticleDocument(
  articleId: string,
  rawInput: SaveDocumentInput,
  actor: Actor,
): Promise<SaveResult> {
  const input = parseInput(ZSaveDocumentInput, rawInput);
  assertAllowed(actor, "article.view");
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      version: true,
      status: true,
      doc: true,
      firstClearedAt: true,
      claims: { select: { ...claimDtoSelect, removedAt: true, assigneeId: true } },
      _count: { select: { corrections: true } },
    },
  });
  if (!article) throw notFound("The article");
  const parsed = parseDocument(input.doc);
  if (!parsed.ok) {
    throw new AppError("invalid_document", "The document does not fit the article schema.", {
      issues: parsed.issues,
    });
  }
  if (article.version !== input.baseVersion) throw versionConflict(article.version);

  const known = new Map(article.claims.map((c) => [c.id, c]));
  const unknownRemovals = input.removeClaimIds.filter((id) => !known.get(id) || known.get(id)?.removedAt);
  if (unknownRemovals.length > 0) {
    throw new AppError("validation", "Only claims of this article that still exist can be removed.", {
      issues: unknownRemovals.map((id) => ({ path: "removeClaimIds", message: `No claim ${id} to remove.` })),
    });
  }
  const removing = new Set(input.removeClaimIds);
  const gone = new Set(article.claims.filter((c) => c.removedAt || removing.has(c.id)).map((c) => c.id));
  const extraction = extractClaims(parsed.doc, {
    knownQuotes: new Map(article.claims.map((c) => [c.id, c.quote])),
  });
  // Stray copies of a claim's mark, and marks of removed claims, anchor nothing.
  const dropped = [
    ...extraction.strays,
    ...extraction.claims.filter((c) => gone.has(c.id)).map(({ id, start, end }) => ({ id, start, end })),
  ];
  const doc = dropped.length ? removeClaimRanges(parsed.doc, dropped) : parsed.doc;
  const anchored: ExtractedClaim[] = extraction.claims.filter((c) => !gone.has(c.id));

  await refuseForeignClaimIds(
    articleId,
    anchored.filter((c) => !known.has(c.id)).map((c) => c.id),
  );

  const plan = planClaimChanges({
    existing: article.claims.filter((c) => !c.removedAt),
    anchored,
    removeClaimIds: input.removeClaimIds,
  });
  // Deep equality, not JSON text: PostgreSQL's jsonb does not keep key order.
  const textChanged = !isDeepStrictEqual(
    stripAllClaimMarks(article.doc as unknown as DocJSON),
    stripAllClaimMarks(doc),
  );
  const decision = decideSavePermission(actor, {
    textOrFormattingChanged: textChanged,
    claimsAdded: plan.created.length > 0 || plan.reattached.length > 0,
    claimsRemovedFromText: plan.orphaned.length > 0 || plan.removed.length > 0,
  });
  if (!decision.ok) throw new AppError("forbidden", decision.reason);

  if (plan.removed.length > 0) assertAllowed(actor, "claim.remove");
  if (plan.reattached.length > 0) assertAllowed(actor, "claim.reattach");
  const docChanged = !isDeepStrictEqual(article.doc, doc);
  if (!docChanged && plan.isEmpty) {
    return {
      version: article.version,
      status: article.status,
      correctionCount: article._count.corrections,
      claims: await listArticleClaims(articleId),
      doc,
    };
  }

  const version = article.version + 1;
  await db.$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id: articleId, version: article.version },
      data: { doc: doc, version, updatedById: actor.id },
    });
    if (updated.count !== 1) throw versionConflict(article.version + 1);
    await tx.articleRevision.create({
      data: { articleId, version, doc: doc, authorId: actor.id },
    });
    // Planned after the article row is written (and so locked), so that a clearance
    // publishing the pending corrections cannot slip in between; a missing note rolls back.
    const corrections = await planArticleCorrections(tx, {
      articleId,
      firstClearedAt: article.firstClearedAt,
      changes: article.firstClearedAt ? await correctableChanges(tx, plan) : [],
      note: input.correctionNote,
    });
    const events: AuditEventInput[] = [
      {
        actorId: actor.id,
        action: "article.saved",
        articleId,
        before: { version: article.version },
        after: { version },
      },
    ];
    await tx.claim.createMany({
      data: plan.created.map((c) => ({ ...anchorFields(c), id: c.id, articleId, createdById: actor.id })),
    });
    for (const c of plan.created) {
      events.push({
        actorId: actor.id,
        action: "claim.created",
        articleId,
        claimId: c.id,
        after: { quote: c.quote },
      });
    }
    for (const { claim } of [...plan.moved, ...plan.textChanged, ...plan.reattached]) {
      await tx.claim.update({ where: { id: claim.id }, data: { ...anchorFields(claim), orphaned: false } });
    }
    for (const { claim, before } of plan.textChanged) {
      events.push({
        actorId: actor.id,
        action: "claim.text_changed",
        articleId,
        claimId: claim.id,
        before: { quote: before.quote },
        after: { quote: claim.quote },
      });
    }
    for (const { claim, before } of plan.reattached) {
      events.push({
        actorId: actor.id,
        action: "claim.reattached",
        articleId,
        claimId: claim.id,
        before: { orphaned: true, quote: before.quote },
        after: { orphaned: false, quote: claim.quote },
      });
    }
    for (const c of plan.orphaned) {
      await tx.claim.update({ where: { id: c.id }, data: { orphaned: true } });
      events.push({
        actorId: actor.id,
        action: "claim.orphaned",
        articleId,
        claimId: c.id,
        before: { orphaned: false, quote: c.quote },
        after: { orphaned: true },
      });
    }
    for (const c of plan.removed) {
      await tx.claim.update({
        where: { id: c.id },
        data: { removedAt: new Date(), removedById: actor.id, orphaned: false },
      });
      events.push({
        actorId: actor.id,
        action: "claim.removed",
        articleId,
        claimId: c.id,
        before: { quote: c.quote },
      });
    }
    const consequences = await applyWorkflowConsequences(tx, {
      articleId,
      articleStatus: article.status,
      reworded: plan.textChanged.map((c) => c.before),
      otherClaimChanges: plan.orphaned.length + plan.created.length + plan.reattached.length,
      actor,
    });
    events.push(...consequences.events);
    events.push(
      ...(await writeCorrectionSteps(tx, {
        articleId,
        actorId: actor.id,
        note: input.correctionNote,
        steps: corrections,
      })),
    );
    await appendAuditEvents(tx, events);
    await notify(tx, consequences.notices);
  });

  // The status may have changed in the transaction (a cleared article goes back to check).
  const { status, _count } = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { status: true, _count: { select: { corrections: true } } },
  });
  return {
    version,
    status,
    correctionCount: _count.corrections,
    claims: await listArticleClaims(articleId),
    doc,
  };
}

/**
 * What a save changes that readers of a cleared article saw: a claim's words (reworded,
 * deleted from the text, re-attached elsewhere) and, when a verified claim is removed,
 * its verdict.
 */
async function correctableChanges(
  tx: Pick<Tx, "verdict">,
  plan: ClaimChangePlan<StoredClaim & { status: string }>,
) {
  const changes: CorrectableChange[] = [
    ...plan.textChanged.map(({ claim, before }) => textChange(claim.id, before.quote, claim.quote)),
    ...plan.orphaned.map((c) => textChange(c.id, c.quote, null)),
    ...plan.reattached.map(({ claim }) => textChange(claim.id, null, claim.quote)),
  ];
  const verified = plan.removed.filter((c) => c.status === "VERIFIED").map((c) => c.id);
  if (verified.length > 0) {
    const approved = await tx.verdict.findMany({
      where: { claimId: { in: verified }, state: "APPROVED" },
      orderBy: { createdAt: "desc" },
      select: { claimId: true, rationale: true, rating: { select: { label: true } } },
    });
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
  }
  return changes;
}

function textChange(claimId: string, before: string | null, after: string | null): CorrectableChange {
  return { claimId, kind: "TEXT", before: { quote: before }, after: { quote: after } };
}

function anchorFields(c: ExtractedClaim) {
  return { quote: c.quote, prefix: c.prefix, suffix: c.suffix, start: c.start, end: c.end };
}

function versionConflict(currentVersion: number): AppError {
  return new AppError(
    "version_conflict",
    "Someone else saved this article after you opened it. Reload to see their version; your text is kept until you decide.",
    { details: { currentVersion } },
  );
}

async function refuseForeignClaimIds(articleId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const foreign = await db.claim.findMany({
    where: { id: { in: ids }, articleId: { not: articleId } },
    select: { id: true },
  });
  if (foreign.length > 0) {
    throw new AppError("invalid_document", "The document marks claims that belong to another article.", {
      issues: foreign.map((c) => ({
        path: `claim:${c.id}`,
        message: "This claim id belongs to another article.",
      })),
    });
  }
}
