import type { ClaimStatus } from "@/lib/generated/sqlite/client";

/** A claim as the API and the claims panel see it. */
export interface ClaimDto {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: ClaimStatus;
  orphaned: boolean;
  /** The words its current approved verdict checked, or null; stale when it differs from quote. */
  checkedQuote: string | null;
}

export const claimDtoSelect = {
  id: true,
  quote: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  status: true,
  orphaned: true,
  checkedQuote: true,
} as const;

/** Document order: anchored claims by position, an outer claim before an inner one. */
export function sortClaims<T extends { start: number; end: number; orphaned: boolean }>(claims: T[]): T[] {
  return [...claims].sort(
    (a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || b.end - a.end,
  );
}
