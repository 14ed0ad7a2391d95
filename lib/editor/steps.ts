// ProseMirror steps as the server receives them: untrusted JSON checked against the
// article schema (the same node, mark and attribute rules as a whole document), turned
// into Step objects, applied to the stored document, and classified by what they change.
import type { Node as PMNode } from "@tiptap/pm/model";
import { AttrStep, Step, Transform } from "@tiptap/pm/transform";
import { z } from "@/lib/validation/zod";
import { ZMarkJSON, ZNodeJSON } from "@/lib/domain/document/doc-json-schema";
import { MAX_DOCUMENT_DEPTH, checkDocumentSize } from "@/lib/domain/document/document-size";
import { getDocumentSchema } from "@/lib/domain/document/extensions";
import { checkAttrValue } from "@/lib/domain/document/attribute-rules";
import { checkMarkJSON, checkNodeJSON, type DocumentIssue } from "@/lib/domain/document/parse-document";
import type { AttrValue, NodeJSON } from "@/lib/domain/document/types";

export { MAX_STEPS_PER_BATCH } from "@/lib/editor/step-limits";
export { classifySteps, type StepEffects } from "@/lib/editor/classify-steps";

const ZPos = z.number().int().min(0).max(50_000_000);
const ZSliceJSON = z.strictObject({
  content: z.array(ZNodeJSON).optional(),
  openStart: z.number().int().min(0).max(MAX_DOCUMENT_DEPTH).optional(),
  openEnd: z.number().int().min(0).max(MAX_DOCUMENT_DEPTH).optional(),
});

const ZAddMarkJSON = z.strictObject({
  stepType: z.literal("addMark"),
  from: ZPos,
  to: ZPos,
  mark: ZMarkJSON,
});
const ZRemoveMarkJSON = z.strictObject({
  stepType: z.literal("removeMark"),
  from: ZPos,
  to: ZPos,
  mark: ZMarkJSON,
});

// The step types an article editor produces ("markSet" is how ProseMirror undoes a mark
// change: several mark steps as one). Node marks and document attributes have no place
// in an article body, so their steps are refused.
export const ZStepJSON = z.discriminatedUnion("stepType", [
  z.strictObject({
    stepType: z.literal("replace"),
    from: ZPos,
    to: ZPos,
    slice: ZSliceJSON.optional(),
    structure: z.boolean().optional(),
  }),
  z.strictObject({
    stepType: z.literal("replaceAround"),
    from: ZPos,
    to: ZPos,
    gapFrom: ZPos,
    gapTo: ZPos,
    insert: ZPos,
    slice: ZSliceJSON.optional(),
    structure: z.boolean().optional(),
  }),
  ZAddMarkJSON,
  ZRemoveMarkJSON,
  z.strictObject({
    stepType: z.literal("markSet"),
    steps: z
      .array(z.discriminatedUnion("stepType", [ZAddMarkJSON, ZRemoveMarkJSON]))
      .min(1)
      .max(10_000),
  }),
  z.strictObject({
    stepType: z.literal("attr"),
    pos: ZPos,
    attr: z.string().min(1).max(100),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  }),
]);
export type StepJSON = z.infer<typeof ZStepJSON>;

export type ParseStepsResult = { ok: true; steps: Step[] } | { ok: false; issues: DocumentIssue[] };

/** Checks each step's JSON like a document's (nodes, marks, attribute values), then builds it. */
export function parseSteps(json: readonly StepJSON[]): ParseStepsResult {
  const schema = getDocumentSchema();
  const steps: Step[] = [];
  for (const [index, stepJson] of json.entries()) {
    const path = `steps[${index}]`;
    const issues = checkStepJSON(stepJson, path);
    if (issues.length > 0) return { ok: false, issues };
    try {
      steps.push(Step.fromJSON(schema, stepJson));
    } catch (error) {
      return { ok: false, issues: [{ path, message: describe(error) }] };
    }
  }
  return { ok: true, steps };
}

function checkStepJSON(step: StepJSON, path: string): DocumentIssue[] {
  if (step.stepType === "addMark" || step.stepType === "removeMark") {
    return checkMarkJSON(step.mark, `${path}.mark`);
  }
  if (step.stepType === "markSet") {
    return step.steps.flatMap((inner, i) => checkMarkJSON(inner.mark, `${path}.steps[${i}].mark`));
  }
  if (step.stepType === "attr" || !step.slice?.content) return [];
  const content: NodeJSON[] = step.slice.content;
  const size = checkDocumentSize({ content });
  if (size.length > 0) return size.map((issue) => ({ ...issue, path: `${path}.slice` }));
  return content.flatMap((node, i) => checkNodeJSON(node, `${path}.slice.content[${i}]`));
}

export type ApplyStepsResult =
  { ok: true; doc: PMNode; transform: Transform } | { ok: false; issues: DocumentIssue[] };

/**
 * Applies steps in order. A step that does not apply, an attribute value the schema's
 * rules refuse, nesting past the depth limit or a result the schema refuses fails the
 * whole batch.
 */
export function applySteps(doc: PMNode, steps: readonly Step[], firstIndex = 0): ApplyStepsResult {
  const transform = new Transform(doc);
  for (const [i, step] of steps.entries()) {
    const path = `steps[${firstIndex + i}]`;
    const problem = tryStep(transform, step);
    if (problem) return { ok: false, issues: [{ path, message: problem }] };
  }
  const problem = checkChangedBlocks(transform);
  if (problem) return { ok: false, issues: [{ path: "steps", message: problem }] };
  return { ok: true, doc: transform.doc, transform };
}

/**
 * Whether the result still fits the schema, checked where the steps replaced content: a
 * replacement checks only the nodes it closes, so the blocks around every changed range
 * are checked whole (and the document's own block sequence). Mark and attribute steps
 * cannot break the schema (an added mark lands only where it is allowed; attribute values
 * are checked before). Checking only there keeps a keystroke's cost independent of length.
 */
function checkChangedBlocks(transform: Transform): string | undefined {
  const { doc, mapping } = transform;
  const ranges: [number, number][] = [];
  transform.steps.forEach((step, i) => {
    const later = mapping.slice(i + 1);
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push([later.map(newStart, -1), later.map(newEnd, 1)]);
    });
  });
  if (ranges.length === 0) return undefined;
  try {
    if (!doc.type.validContent(doc.content)) return "The document's blocks do not fit the schema";
    const checked = new Set<number>();
    const size = doc.content.size;
    for (const [from, to] of ranges) {
      // Top-level blocks touching [from, to], and the one just before (a join ends there).
      const first = doc.resolve(Math.max(0, Math.min(size, from - 1))).index(0);
      const last = doc.resolve(Math.max(0, Math.min(size, to + 1))).index(0);
      for (let index = first; index <= last && index < doc.childCount; index += 1) {
        if (checked.has(index)) continue;
        checked.add(index);
        doc.child(index).check();
      }
    }
  } catch (error) {
    return describe(error);
  }
  return undefined;
}

/** Applies one step to the transform; the reason it cannot, or undefined. */
function tryStep(transform: Transform, step: Step): string | undefined {
  try {
    if (step instanceof AttrStep) {
      const problem = checkAttrStep(transform.doc, step);
      if (problem) return problem;
    }
    const result = transform.maybeStep(step);
    if (result.failed !== null) return result.failed;
    return checkDepth(transform.doc, step);
  } catch (error) {
    // Positions outside the document make ProseMirror throw instead of failing the step.
    return describe(error);
  }
}

function checkAttrStep(doc: PMNode, step: AttrStep): string | undefined {
  const node = doc.nodeAt(step.pos);
  if (!node) return "No node at this position";
  const spec = node.type.spec.attrs?.[step.attr];
  if (!spec) return `Unknown attribute "${step.attr}" on node "${node.type.name}"`;
  const problem = checkAttrValue("node", node.type.name, step.attr, step.value as AttrValue, spec.default);
  return problem ? `"${step.attr}" ${problem}` : undefined;
}

function checkDepth(doc: PMNode, step: Step): string | undefined {
  let deepest = 0;
  step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
    for (const pos of [newStart, newEnd]) {
      if (pos <= doc.content.size) deepest = Math.max(deepest, doc.resolve(pos).depth);
    }
  });
  return deepest + 1 > MAX_DOCUMENT_DEPTH
    ? `The document would be nested deeper than ${MAX_DOCUMENT_DEPTH} levels`
    : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : "The step does not fit the article schema";
}
