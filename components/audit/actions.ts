// Every action the audit trail records, in plain words, in the order the filter lists them.
// Typed against the server's list, so a new action without a label does not compile.
// eslint-disable-next-line no-restricted-imports -- a type import pulls no server code into the bundle
import type { AuditAction } from "@/lib/server/audit/append-audit-events";
export const AUDIT_ACTIONS = {
  "article.created": "Article created",
  "article.saved": "Article saved",
  "article.edited": "Article edited",
  "article.status_changed": "Article status changed",
  "article.archived": "Article spiked",
  "article.restored": "Article restored",
  "article.tagged": "Article tags changed",
  "claim.created": "Claim marked",
  "claim.text_changed": "Claim wording changed",
  "claim.orphaned": "Claim orphaned (its words were deleted)",
  "claim.reattached": "Claim re-attached",
  "claim.removed": "Claim removed",
  "claim.assigned": "Claim assigned",
  "claim.status_changed": "Claim status changed",
  "verdict.proposed": "Verdict proposed",
  "verdict.approved": "Verdict approved",
  "verdict.sent_back": "Verdict sent back",
  "verdict.reconfirmed": "Verdict re-confirmed for new words",
  "source.added": "Source added",
  "source.edited": "Source edited",
  "source.removed": "Source removed",
  "comment.added": "Comment added",
  "correction.recorded": "Correction recorded",
  "correction.updated": "Correction updated",
  "correction.withdrawn": "Correction withdrawn",
  "user.created": "User created",
  "user.role_changed": "User role changed",
  "user.disabled": "User disabled",
  "user.enabled": "User enabled",
  "user.password_changed": "Password changed",
  "user.password_reset": "Password reset",
  "rating.created": "Rating created",
  "rating.updated": "Rating updated",
  "rating.retired": "Rating retired",
  "rating.restored": "Rating restored",
  "ratings.reordered": "Ratings reordered",
  "setting.changed": "Setting changed",
  "auth.signed_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
} as const satisfies Record<AuditAction, string>;

export function describeAction(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}
