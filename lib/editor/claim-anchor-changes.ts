// Decides, per transaction, whether mapping the claim highlights is enough or the claims
// must be read again from the document. Typing must stay cheap on a 1,000-claim article,
// so the rescan happens only when a step may have changed which text carries which claim.
import type { MarkType, Node as PMNode } from "@tiptap/pm/model";
import type { Transaction } from "@tiptap/pm/state";
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  DocAttrStep,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
  type Step,
} from "@tiptap/pm/transform";
import type { DecorationSet } from "@tiptap/pm/view";
import { readClaimIds } from "./claim-anchor-scan";
import { readCoveringIds, readDecorationClaimId } from "./claim-highlights";

/** Beyond this many steps (a large remote batch), one rescan is cheaper than step checks. */
const MAX_CHECKED_STEPS = 64;

export type ClaimChangeAnalysis =
  | { kind: "rescan" }
  | {
      kind: "mapped";
      decorations: DecorationSet;
      strays: DecorationSet;
      /** Ranges of the new document where text changed: claims touching them get a new quote. */
      touched: { from: number; to: number }[];
    };

const RESCAN: ClaimChangeAnalysis = { kind: "rescan" };

/**
 * Maps the claim highlights (`decorations`) and the stray ranges (`strays`) through the
 * transaction, step by step, checking that every deleted or inserted piece of text agrees
 * with them: text inside a claim carries that claim's mark, text outside carries none. Any
 * disagreement (a claim marked or unmarked, a claim deleted whole, marked text re-inserted
 * by undo or a collaborator, unmarked text pasted into a claim) asks for a rescan.
 */
export function analyseClaimChanges(
  tr: Transaction,
  decorations: DecorationSet,
  strays: DecorationSet,
  claimType: MarkType,
): ClaimChangeAnalysis {
  if (tr.steps.length > MAX_CHECKED_STEPS) return RESCAN;
  let mapped = decorations;
  let mappedStrays = strays;
  const changed: { from: number; to: number; step: number }[] = [];
  for (let index = 0; index < tr.steps.length; index += 1) {
    const step = tr.steps[index];
    const map = tr.mapping.maps[index];
    const before = tr.docs[index];
    const after = tr.docs[index + 1] ?? tr.doc;
    if (!step || !map || !before || mayChangeClaimMarks(step, claimType)) return RESCAN;

    const inserted: { from: number; to: number }[] = [];
    let consistent = true;
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      if (!consistent) return;
      if (oldEnd > oldStart) {
        // With a stray copy about, a deletion may join it to its claim (the text between
        // goes) or make it the claim: documents with strays are rare, so re-read them.
        consistent =
          mappedStrays.find().length === 0 &&
          isDeletionInsideClaims(before, oldStart, oldEnd, mapped, claimType);
      }
      inserted.push({ from: newStart, to: newEnd });
    });
    if (!consistent) return RESCAN;

    const stepMapping = tr.mapping.slice(index, index + 1);
    mapped = mapped.map(stepMapping, after);
    mappedStrays = mappedStrays.map(stepMapping, after);
    for (const range of inserted) {
      if (
        range.to > range.from &&
        !isInsertionMarkedLikeClaims(after, range.from, range.to, mapped, claimType)
      )
        return RESCAN;
      changed.push({ ...range, step: index });
    }
  }
  const touched = changed.map(({ from, to, step }) => {
    const rest = tr.mapping.slice(step + 1);
    return { from: rest.map(from, -1), to: rest.map(to, 1) };
  });
  return { kind: "mapped", decorations: mapped, strays: mappedStrays, touched };
}

/** Steps that add or remove claim marks outright, and any step this module does not know. */
function mayChangeClaimMarks(step: Step, claimType: MarkType): boolean {
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) return false;
  if (step instanceof AttrStep || step instanceof DocAttrStep) return false;
  if (
    step instanceof AddMarkStep ||
    step instanceof RemoveMarkStep ||
    step instanceof AddNodeMarkStep ||
    step instanceof RemoveNodeMarkStep
  ) {
    return step.mark.type === claimType;
  }
  return true;
}

/**
 * True when every claimed piece of text in the deleted range [from, to) lies inside its
 * claim's highlight and that claim keeps some text: the claim only got shorter.
 */
function isDeletionInsideClaims(
  doc: PMNode,
  from: number,
  to: number,
  decorations: DecorationSet,
  claimType: MarkType,
): boolean {
  let inside = true;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!inside) return false;
    if (!node.isInline) return true;
    const ids = readClaimIds(node, claimType);
    if (ids.length === 0) return false;
    const segmentFrom = Math.max(pos, from);
    const segmentTo = Math.min(pos + node.nodeSize, to);
    const survivors = decorations
      .find(segmentFrom, segmentTo)
      .filter((d) => d.from <= segmentFrom && d.to >= segmentTo && (d.from < from || d.to > to));
    inside = ids.every((id) => survivors.some((d) => readDecorationClaimId(d) === id));
    return false;
  });
  return inside;
}

/** True when each inserted inline piece carries exactly the claims whose highlight covers it. */
function isInsertionMarkedLikeClaims(
  doc: PMNode,
  from: number,
  to: number,
  decorations: DecorationSet,
  claimType: MarkType,
): boolean {
  let agrees = true;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!agrees) return false;
    if (!node.isInline) return true;
    const segmentFrom = Math.max(pos, from);
    const segmentTo = Math.min(pos + node.nodeSize, to);
    if (segmentTo <= segmentFrom) return false;
    const carried = readClaimIds(node, claimType);
    const covering = readCoveringIds(decorations, segmentFrom, segmentTo);
    agrees = carried.length === covering.length && carried.every((id) => covering.includes(id));
    return false;
  });
  return agrees;
}
