// Generates the CSS that colours each claim's highlight by its status. Rules are keyed
// by claim id (always a UUID, checked by the document schema), so no markup changes
// and nothing user-written reaches the stylesheet.
import type { ClaimStatusName } from "@/lib/domain/claims/claim-status";

const VARS: Record<ClaimStatusName | "UNSAVED", string> = {
  OPEN: "--claim-bg:rgb(148 163 184/.24);--claim-line:#64748b",
  RESEARCHING: "--claim-bg:rgb(59 130 246/.16);--claim-line:#2563eb",
  IN_REVIEW: "--claim-bg:rgb(245 158 11/.22);--claim-line:#d97706",
  VERIFIED: "--claim-bg:rgb(34 197 94/.18);--claim-line:#15803d",
  DISMISSED: "--claim-bg:transparent;--claim-line:#cbd5e1",
  UNSAVED: "--claim-bg:rgb(148 163 184/.24);--claim-line:#64748b;border-bottom-style:dashed",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function buildClaimHighlightCss(
  claims: { id: string; status: ClaimStatusName | "UNSAVED" }[],
  activeId: string | null,
): string {
  const rules = claims
    .filter((c) => UUID.test(c.id))
    .map((c) => `.article-body mark.claim[data-claim-id="${c.id}"]{${VARS[c.status]}}`);
  if (activeId && UUID.test(activeId)) {
    rules.push(
      `.article-body mark.claim[data-claim-id="${activeId}"]{outline:2px solid #1d4ed8;outline-offset:1px}`,
    );
  }
  return rules.join("\n");
}
