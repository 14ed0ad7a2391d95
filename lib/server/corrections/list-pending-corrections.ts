import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { describeCorrection, type CorrectionKind } from "@/lib/domain/corrections/plan-corrections";
import { loadPendingCorrections } from "@/lib/server/corrections/correction-steps";

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
  const pending = await loadPendingCorrections(client, articleId);
  return pending.map((c) => ({
    id: c.id,
    claimId: c.claimId,
    claimIds: c.claimIds,
    kind: c.kind,
    summary: describeCorrection(c.kind, c.before, c.after),
    note: c.note,
    authorId: c.authorId,
  }));
}
