import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { getApprovalsRequired } from "@/lib/server/settings/get-approvals-required";
import { ADMIN_RATING_SELECT } from "@/lib/server/ratings/create-rating";

/**
 * What managers configure for the workspace: the verdict scale in its order (retired
 * ratings included) and how many approvals a verdict needs.
 */
export async function getWorkspaceSettings(actor: Actor) {
  assertAllowed(actor, "scale.manage");
  const [approvalsRequired, ratings] = await Promise.all([
    getApprovalsRequired(db),
    db.rating.findMany({ orderBy: { position: "asc" }, select: ADMIN_RATING_SELECT }),
  ]);
  return { approvalsRequired, ratings };
}
