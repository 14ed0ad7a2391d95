import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  coveredClaimIds,
  describeCorrection,
  needsNote,
  planCorrections,
  type CorrectableChange,
  type CorrectionStep,
  type CorrectionValue,
  type PendingCorrection,
} from "@/lib/domain/corrections/plan-corrections";
import type { AuditEventInput } from "@/lib/server/audit/append-audit-events";

/** Corrections of an article recorded since it was last cleared. */
export async function loadPendingCorrections(
  client: Pick<Tx, "correction">,
  articleId: string,
): Promise<(PendingCorrection & { authorId: string; createdAt: Date })[]> {
  const rows = await client.correction.findMany({
    where: { articleId, publishedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      claimId: true,
      kind: true,
      before: true,
      after: true,
      note: true,
      authorId: true,
      createdAt: true,
      claims: { select: { claimId: true } },
    },
  });
  return rows.map(({ claims, ...r }) => ({
    ...r,
    claimIds: [...new Set([r.claimId, ...claims.map((c) => c.claimId)])],
    before: r.before as unknown as CorrectionValue,
    after: r.after as unknown as CorrectionValue,
  }));
}

/** Plans the corrections a change makes, refusing it when a new one has no public note. */
export async function planArticleCorrections(
  client: Pick<Tx, "correction">,
  input: {
    articleId: string;
    firstClearedAt: Date | null;
    changes: CorrectableChange[];
    note: string | null;
    /** What to say when a note is missing, if not the default. */
    missingNoteMessage?: string;
    /** Edits of the text land without a note: the correction waits for one ("note needed"). */
    allowMissingNote?: boolean;
  },
): Promise<CorrectionStep[]> {
  if (!input.firstClearedAt || input.changes.length === 0) return [];
  const steps = planCorrections({
    firstClearedAt: input.firstClearedAt,
    changes: input.changes,
    pending: await loadPendingCorrections(client, input.articleId),
  });
  const unnoted = needsNote(steps);
  if (unnoted.length > 0 && !input.note && !input.allowMissingNote) {
    throw correctionRequired(unnoted, input.missingNoteMessage);
  }
  return steps;
}

export function correctionRequired(changes: CorrectableChange[], message?: string): AppError {
  const what = changes.some((c) => c.kind === "VERDICT") ? "verdict" : "text";
  return new AppError(
    "correction_required",
    message ??
      `This article has been cleared for publication, so changing a claim's ${what} is a correction. Add a short public note for readers.`,
    {
      issues: [{ path: "correctionNote", message: "Write a short public note saying what was corrected." }],
      details: {
        corrections: changes.map((c) => ({ ...c, summary: describeCorrection(c.kind, c.before, c.after) })),
      },
    },
  );
}

/**
 * Writes planned corrections inside the caller's transaction and returns their audit
 * events. A new correction carries `note`; a folded one keeps its note unless
 * `replacePendingNote` says the new note supersedes it.
 */
export async function writeCorrectionSteps(
  tx: Tx,
  input: {
    articleId: string;
    /** Who makes the change (the audit event's actor). */
    actorId: string;
    /** Who wrote the note, when not the actor (a verdict's proposer; the approver acts). */
    noteAuthorId?: string;
    note: string | null;
    /** A new verdict's note replaces the pending one's; a save's note is for new corrections only. */
    replacePendingNote?: boolean;
    /** Record new corrections without a note: they wait for one, and block clearing until then. */
    allowMissingNote?: boolean;
    steps: CorrectionStep[];
  },
): Promise<AuditEventInput[]> {
  const events: AuditEventInput[] = [];
  const base = { actorId: input.actorId, articleId: input.articleId } as const;
  const authorId = input.noteAuthorId ?? input.actorId;
  for (const step of input.steps) {
    const { claimId, kind, before, after } = step.change;
    const values = { before: { ...before }, after: { ...after } };
    if (step.op === "record") {
      if (!input.note && !input.allowMissingNote) throw correctionRequired([step.change]);
      const note = input.note ?? "";
      const created = await tx.correction.create({
        data: {
          articleId: input.articleId,
          claimId,
          kind,
          note,
          authorId,
          ...values,
          claims: { create: coveredClaimIds(step.change).map((id) => ({ claimId: id })) },
        },
        select: { id: true },
      });
      events.push({
        ...base,
        action: "correction.recorded",
        claimId,
        after: { correctionId: created.id, kind, note, ...values },
      });
    } else if (step.op === "update") {
      const old = step.pending;
      // A note given now fills one still needed, and replaces one when the caller says so.
      const note = (input.replacePendingNote || !old.note) && input.note ? input.note : old.note;
      const added = coveredClaimIds(step.change).filter((id) => !old.claimIds.includes(id));
      await tx.correction.update({
        where: { id: old.id },
        data: {
          after: values.after,
          note,
          ...(note !== old.note ? { authorId } : {}),
          ...(added.length > 0 ? { claims: { create: added.map((id) => ({ claimId: id })) } } : {}),
        },
      });
      events.push({
        ...base,
        action: "correction.updated",
        claimId,
        before: {
          correctionId: old.id,
          after: { ...old.after },
          ...(note !== old.note ? { note: old.note } : {}),
        },
        after: { correctionId: old.id, after: values.after, ...(note !== old.note ? { note } : {}) },
      });
    } else {
      const old = step.pending;
      await tx.correction.delete({ where: { id: old.id } });
      events.push({
        ...base,
        action: "correction.withdrawn",
        claimId,
        before: { correctionId: old.id, kind, note: old.note, ...values },
        reason: "the claim is back to what was published",
      });
    }
  }
  return events;
}

/** On clearance: every pending correction of the article is published, and frozen. */
export async function publishPendingCorrections(tx: Tx, articleId: string, at: Date): Promise<number> {
  const { count } = await tx.correction.updateMany({
    where: { articleId, publishedAt: null },
    data: { publishedAt: at },
  });
  return count;
}
