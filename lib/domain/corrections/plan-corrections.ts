// Corrections (IFCN): once an article has been cleared for publication, a change of a
// claim's words or of its verdict is recorded as a correction with a short public note.
// A correction stays pending until the article is cleared again; more changes to the
// same claim before then fold into it (its `before` stays what readers saw), and a
// change back to what was published withdraws it.

export type CorrectionKind = "TEXT" | "VERDICT";

/** TEXT: the claim's words in the article (null once they are no longer in the text). */
export interface TextValue {
  quote: string | null;
}

/** VERDICT: the approved rating and rationale (null once the verdict is withdrawn). */
export interface VerdictValue {
  rating: string | null;
  rationale: string | null;
}

export type CorrectionValue = TextValue | VerdictValue;

export interface CorrectableChange {
  /** The claim the correction is listed under (the outermost of overlapping ones). */
  claimId: string;
  /** Every claim the change covers, claimId included, when it is more than that one. */
  claimIds?: string[];
  kind: CorrectionKind;
  before: CorrectionValue;
  after: CorrectionValue;
}

/** A correction recorded since the article was last cleared (not yet published). */
export interface PendingCorrection {
  id: string;
  claimId: string;
  /** Every claim it covers, claimId included. */
  claimIds: string[];
  kind: CorrectionKind;
  before: CorrectionValue;
  after: CorrectionValue;
  /** Empty while the public note is still needed. */
  note: string;
}

export function coveredClaimIds(change: { claimId: string; claimIds?: string[] }): string[] {
  return [...new Set([change.claimId, ...(change.claimIds ?? [])])];
}

/**
 * One edit that changes the words of overlapping claims (a claim inside another, or two
 * that share words) is one correction with one note: text changes whose ranges meet are
 * merged under the longest claim's words. `rangeOf` gives each claim's range after the
 * edit (a deleted claim's range collapses to where its words were).
 */
export function groupOverlappingChanges(
  changes: CorrectableChange[],
  rangeOf: (claimId: string) => readonly [number, number] | null,
): CorrectableChange[] {
  const text: { change: CorrectableChange; from: number; to: number }[] = [];
  const rest: CorrectableChange[] = [];
  for (const change of changes) {
    const range = change.kind === "TEXT" ? rangeOf(change.claimId) : null;
    if (range) text.push({ change, from: range[0], to: range[1] });
    else rest.push(change);
  }
  text.sort((a, b) => a.from - b.from || b.to - a.to);
  const groups: (typeof text)[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const item of text) {
    const current = groups[groups.length - 1];
    if (current && item.from <= end) current.push(item);
    else groups.push([item]);
    end = current && item.from <= end ? Math.max(end, item.to) : item.to;
  }
  const merged = groups.map((group) => {
    const primary = group.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    if (group.length === 1) return primary.change;
    return { ...primary.change, claimIds: group.flatMap((g) => coveredClaimIds(g.change)) };
  });
  return [...merged, ...rest];
}

export type CorrectionStep =
  /** A new correction: needs a public note. */
  | { op: "record"; change: CorrectableChange }
  /** Folds into the pending correction of the same claim and kind. */
  | { op: "update"; pending: PendingCorrection; change: CorrectableChange }
  /** The claim is back to what was published: the pending correction is withdrawn. */
  | { op: "withdraw"; pending: PendingCorrection; change: CorrectableChange };

export const MAX_CORRECTION_NOTE = 500;

export function sameCorrectionValue(a: CorrectionValue, b: CorrectionValue): boolean {
  if ("quote" in a || "quote" in b) {
    return "quote" in a && "quote" in b && a.quote === b.quote;
  }
  return a.rating === b.rating && normalise(a.rationale) === normalise(b.rationale);
}

const normalise = (text: string | null): string | null => (text === null ? null : text.trim());

/**
 * What a set of changes means for the corrections log of an article. Nothing happens
 * before the article's first clearance; a change that leaves the claim as it was is no
 * correction.
 */
export function planCorrections(input: {
  firstClearedAt: Date | null;
  changes: CorrectableChange[];
  pending: PendingCorrection[];
}): CorrectionStep[] {
  if (!input.firstClearedAt) return [];
  const steps: CorrectionStep[] = [];
  for (const change of input.changes) {
    const ids = coveredClaimIds(change);
    const open = input.pending.find(
      (p) => p.kind === change.kind && p.claimIds.some((id) => ids.includes(id)),
    );
    if (open) {
      const folded = {
        ...change,
        claimId: open.claimId,
        claimIds: [...new Set([...open.claimIds, ...ids])],
        before: open.before,
      };
      if (sameCorrectionValue(open.after, change.after)) continue;
      steps.push(
        sameCorrectionValue(open.before, change.after)
          ? { op: "withdraw", pending: open, change: folded }
          : { op: "update", pending: open, change: folded },
      );
    } else if (!sameCorrectionValue(change.before, change.after)) {
      steps.push({ op: "record", change });
    }
  }
  return steps;
}

/** Steps that create a correction, and so need the public note. */
export function needsNote(steps: CorrectionStep[]): CorrectableChange[] {
  return steps.filter((s) => s.op === "record").map((s) => s.change);
}

/** One line for readers: what the claim said or was rated before, and now. */
export function describeCorrection(
  kind: CorrectionKind,
  before: CorrectionValue,
  after: CorrectionValue,
): string {
  if (kind === "TEXT") {
    const was = "quote" in before ? before.quote : null;
    const now = "quote" in after ? after.quote : null;
    if (now === null) return `The passage “${was ?? ""}” was removed.`;
    if (was === null) return `The passage now reads “${now}”.`;
    return `The passage “${was}” now reads “${now}”.`;
  }
  const was = "rating" in before ? before.rating : null;
  const now = "rating" in after ? after.rating : null;
  if (now === null) return `The verdict “${was ?? ""}” was withdrawn.`;
  if (was === now) return `The verdict “${now}” has a revised rationale.`;
  return `The verdict changed from “${was ?? "none"}” to “${now}”.`;
}
