// The server's own steps after a batch: one claim id keeps exactly one contiguous range.
// - A claim split by concurrent typing (text without the mark landed inside its range,
//   e.g. a colleague's insertion rebased over a new mark) is mended: the gap gets the mark.
// - A further range of an id outside the claim's own mapped range is a pasted copy: its
//   mark is removed.
// - Marks of claims that are removed (an undo after "Remove claim") are removed.
import type { MarkType } from "@tiptap/pm/model";
import { AddMarkStep, RemoveMarkStep, type Mappable, type Step } from "@tiptap/pm/transform";
import type { ClaimRun } from "./claim-runs";

export interface ClaimMarkFixInput {
  /** Each id's ranges before the batch. */
  before: ReadonlyMap<string, readonly ClaimRun[]>;
  /** Each id's ranges after the client's steps. */
  after: ReadonlyMap<string, readonly ClaimRun[]>;
  /** The plain text after the client's steps, to compare quotes of candidate ranges. */
  text: string;
  /** The stored quote of claims that had no range before (re-attached or orphaned ones). */
  knownQuotes: ReadonlyMap<string, string>;
  /** The client's steps' mapping, from before to after. */
  mapping: Mappable;
  /** Ids whose marks must go. */
  drop: ReadonlySet<string>;
  claimType: MarkType;
}

export function planClaimMarkFixes(input: ClaimMarkFixInput): Step[] {
  const steps: Step[] = [];
  for (const [id, runs] of input.after) {
    const mark = input.claimType.create({ id });
    if (input.drop.has(id)) {
      for (const run of runs) steps.push(new RemoveMarkStep(run.from, run.to, mark));
      continue;
    }
    if (runs.length < 2) continue;
    const kept = chooseClaimRuns(id, runs, input);
    for (const run of runs) {
      if (!kept.includes(run)) steps.push(new RemoveMarkStep(run.from, run.to, mark));
    }
    // The gaps between the claim's own ranges get its mark back.
    for (let i = 1; i < kept.length; i += 1) {
      const gapFrom = kept[i - 1]?.to ?? 0;
      const gapTo = kept[i]?.from ?? 0;
      if (gapTo > gapFrom) steps.push(new AddMarkStep(gapFrom, gapTo, mark));
    }
  }
  return steps;
}

/**
 * The ranges that are the claim itself: those inside where the claim was before the batch
 * (its old range mapped through the steps); for a claim that had no range, the range
 * with its stored words, else the first.
 */
function chooseClaimRuns(id: string, runs: readonly ClaimRun[], input: ClaimMarkFixInput): ClaimRun[] {
  const old = input.before.get(id)?.[0];
  if (old) {
    const from = input.mapping.map(old.from, -1);
    const to = input.mapping.map(old.to, 1);
    const inside = runs.filter((run) => run.from < to && run.to > from);
    if (inside.length > 0) return inside;
  }
  const quote = input.knownQuotes.get(id);
  const same = quote === undefined ? undefined : runs.find((r) => input.text.slice(r.start, r.end) === quote);
  const chosen = same ?? runs[0];
  return chosen ? [chosen] : [];
}

/** How the claims' ranges differ between two readings; claims that only moved are not listed. */
export interface ClaimRangeChanges {
  /** Ids with a range now that had none before. */
  appeared: string[];
  /** Ids that had a range and have none now. */
  disappeared: string[];
  /** Ids whose words changed. */
  reworded: string[];
}

export function compareClaimRanges(
  before: { text: string; runs: ReadonlyMap<string, readonly ClaimRun[]> },
  after: { text: string; runs: ReadonlyMap<string, readonly ClaimRun[]> },
): ClaimRangeChanges {
  const changes: ClaimRangeChanges = { appeared: [], disappeared: [], reworded: [] };
  for (const [id, runs] of after.runs) {
    const run = runs[0];
    const old = before.runs.get(id)?.[0];
    if (!run) continue;
    if (!old) changes.appeared.push(id);
    else if (after.text.slice(run.start, run.end) !== before.text.slice(old.start, old.end)) {
      changes.reworded.push(id);
    }
  }
  for (const id of before.runs.keys()) {
    if (!after.runs.has(id)) changes.disappeared.push(id);
  }
  return changes;
}
