import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import {
  describeCorrection,
  type CorrectionKind,
  type CorrectionValue,
} from "@/lib/domain/corrections/plan-corrections";

/** A correction waiting for the next clearance, as the workspace shows it beside the change. */
export interface PendingCorrectionView {
  id: string;
  claimId: string;
  /** Every claim it covers (overlapping claims changed by one edit), claimId first. */
  claimIds: string[];
  kind: CorrectionKind;
  summary: string;
  /** Empty while the public note is still needed. */
  note: string;
  authorId: string;
}

export async function listPendingCorrections(
  articleId: string,
  client: Pick<Tx, "correction"> = db,
): Promise<PendingCorrectionView[]> {
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
      claims: { select: { claimId: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    claimId: r.claimId,
    claimIds: [...new Set([r.claimId, ...r.claims.map((c) => c.claimId)])],
    kind: r.kind,
    summary: describeCorrection(
      r.kind,
      r.before as unknown as CorrectionValue,
      r.after as unknown as CorrectionValue,
    ),
    note: r.note,
    authorId: r.authorId,
  }));
}
