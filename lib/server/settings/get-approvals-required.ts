import "server-only";
import type { Tx } from "@/lib/db";

export const APPROVALS_REQUIRED_KEY = "approvalsRequired";

/** How many distinct approvers a verdict needs (1 by default; 2 for a panel). */
export async function getApprovalsRequired(tx: Pick<Tx, "setting">): Promise<1 | 2> {
  const row = await tx.setting.findUnique({ where: { key: APPROVALS_REQUIRED_KEY } });
  return row?.value === 2 ? 2 : 1;
}
