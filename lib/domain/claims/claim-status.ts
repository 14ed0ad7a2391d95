// The claim lifecycle's positions, in workflow order, with their plain-language labels.
export const CLAIM_STATUSES = ["OPEN", "RESEARCHING", "IN_REVIEW", "VERIFIED", "DISMISSED"] as const;
export type ClaimStatusName = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STATUS_LABEL: Record<ClaimStatusName, string> = {
  OPEN: "Open",
  RESEARCHING: "Researching",
  IN_REVIEW: "In review",
  VERIFIED: "Verified",
  DISMISSED: "Dismissed",
};

export const ARTICLE_STATUS_LABEL = {
  DRAFT: "Draft",
  IN_CHECK: "In check",
  CLEARED: "Cleared",
} as const;
export type ArticleStatusName = keyof typeof ARTICLE_STATUS_LABEL;
