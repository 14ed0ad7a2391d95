// Turns a whole-document save (PUT /document) into steps against the stored document, so
// API clients go through the same step path as the live editor. A change of words or
// formatting becomes one ReplaceStep over the region that differs; claim marks are
// compared separately and become AddMarkStep / RemoveMarkStep, so a save that only marks
// claims is exactly what a checker may send.
import type { MarkType, Node as PMNode } from "@tiptap/pm/model";
import { AddMarkStep, RemoveMarkStep, ReplaceStep, type Step, Transform } from "@tiptap/pm/transform";
import { CLAIM_MARK } from "@/lib/domain/document/claim-mark";

export function diffDocumentToSteps(from: PMNode, to: PMNode): Step[] {
  const claimType = from.type.schema.marks[CLAIM_MARK];
  if (!claimType) throw new Error("The claim mark is not in the schema.");
  const steps: Step[] = [];
  const transform = new Transform(from);
  const replace = replaceStepFor(stripClaims(from, claimType), stripClaims(to, claimType), to);
  if (replace) {
    const applied = transform.maybeStep(replace);
    if (applied.failed !== null) {
      // A structure the region diff cannot express: replace the whole body instead.
      transform.step(new ReplaceStep(0, transform.doc.content.size, to.slice(0, to.content.size)));
    }
    steps.push(...transform.steps);
  }
  steps.push(...diffClaimMarks(transform.doc, to, claimType));
  return steps;
}

function stripClaims(doc: PMNode, claimType: MarkType): PMNode {
  return new Transform(doc).removeMark(0, doc.content.size, claimType).doc;
}

function replaceStepFor(a: PMNode, b: PMNode, target: PMNode): ReplaceStep | null {
  const start = a.content.findDiffStart(b.content);
  if (start === null) return null;
  const end = a.content.findDiffEnd(b.content);
  let endA = end?.a ?? a.content.size;
  let endB = end?.b ?? b.content.size;
  // Repeated text ("aa" -> "aaa") lets the end scan run past the start.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return new ReplaceStep(start, endA, target.slice(start, endB));
}

type Interval = [from: number, to: number];

/** Claim-mark steps that turn `current` into `target`; both have the same text and structure. */
function diffClaimMarks(current: PMNode, target: PMNode, claimType: MarkType): Step[] {
  const have = claimIntervals(current);
  const want = claimIntervals(target);
  const steps: Step[] = [];
  for (const [id, intervals] of have) {
    for (const [from, to] of subtract(intervals, want.get(id) ?? [])) {
      steps.push(new RemoveMarkStep(from, to, claimType.create({ id })));
    }
  }
  for (const [id, intervals] of want) {
    for (const [from, to] of subtract(intervals, have.get(id) ?? [])) {
      steps.push(new AddMarkStep(from, to, claimType.create({ id })));
    }
  }
  return steps;
}

function claimIntervals(doc: PMNode): Map<string, Interval[]> {
  const result = new Map<string, Interval[]>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      if (mark.type.name !== CLAIM_MARK) continue;
      const id = String(mark.attrs.id);
      const list = result.get(id) ?? [];
      const last = list[list.length - 1];
      if (last && last[1] === pos) last[1] = pos + node.nodeSize;
      else list.push([pos, pos + node.nodeSize]);
      result.set(id, list);
    }
    return false;
  });
  return result;
}

/** The parts of sorted, disjoint `a` not covered by sorted, disjoint `b`. */
function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  for (const [from, to] of a) {
    let cursor = from;
    for (const [bFrom, bTo] of b) {
      if (bTo <= cursor || bFrom >= to) continue;
      if (bFrom > cursor) result.push([cursor, bFrom]);
      cursor = Math.max(cursor, bTo);
    }
    if (cursor < to) result.push([cursor, to]);
  }
  return result;
}
