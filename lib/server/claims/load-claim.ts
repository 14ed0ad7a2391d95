import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** A claim that exists and has not been removed, or a 404. */
export async function loadClaim(claimId: string, client: Pick<Tx, "claim"> = db) {
  const claim = await client.claim.findFirst({
    where: { id: claimId, removedAt: null },
    select: {
      id: true,
      articleId: true,
      quote: true,
      status: true,
      orphaned: true,
      assigneeId: true,
      dueAt: true,
      priority: true,
      article: { select: { id: true, title: true, status: true, firstClearedAt: true, archivedAt: true } },
    },
  });
  if (!claim) throw notFound("The claim");
  return claim;
}

/** The claim's open proposal (the latest verdict still PROPOSED), with what the workflow needs. */
export async function loadOpenProposal(claimId: string, client: Pick<Tx, "verdict"> = db) {
  const verdict = await client.verdict.findFirst({
    where: { claimId, state: "PROPOSED" },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      proposedById: true,
      rationale: true,
      correctionNote: true,
      rating: { select: { id: true, label: true, retired: true, requiresSources: true } },
      approvals: { select: { approverId: true } },
      _count: { select: { sources: true } },
    },
  });
  if (!verdict) return null;
  return {
    id: verdict.id,
    rating: verdict.rating,
    rationale: verdict.rationale,
    correctionNote: verdict.correctionNote,
    workflow: {
      proposedById: verdict.proposedById,
      approverIds: verdict.approvals.map((a) => a.approverId),
      rationale: verdict.rationale,
      ratingRetired: verdict.rating.retired,
      ratingRequiresSources: verdict.rating.requiresSources,
      sourceCount: verdict._count.sources,
    },
  };
}

/** The claim's current verdict (the latest approved one) as readers of the article see it. */
export async function loadApprovedVerdict(
  claimId: string,
  client: Pick<Tx, "verdict"> = db,
  options: { excluding?: string } = {},
): Promise<{ rating: string; rationale: string } | null> {
  const verdict = await client.verdict.findFirst({
    where: { claimId, state: "APPROVED", ...(options.excluding ? { id: { not: options.excluding } } : {}) },
    orderBy: { createdAt: "desc" },
    select: { rationale: true, rating: { select: { label: true } } },
  });
  return verdict ? { rating: verdict.rating.label, rationale: verdict.rationale } : null;
}
