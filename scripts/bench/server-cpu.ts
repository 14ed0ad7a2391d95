// Server CPU for one step batch, in process: apply a batch of typing steps to the stored
// document, police it and reconcile the claims — what applyArticleEdit computes under the
// article's lock before writing (database time is in the HTTP figures).
import { performance } from "node:perf_hooks";
import { EditorState } from "@tiptap/pm/state";
import type { Node as PMNode } from "@tiptap/pm/model";
import { applySteps, classifySteps } from "@/lib/editor/steps";
import { readClaimRuns } from "@/lib/editor/claim-runs";
import { compareClaimRanges, planClaimMarkFixes } from "@/lib/editor/claim-mark-fixes";
import { getDocumentSchema } from "@/lib/domain/document/extensions";

export function measureBatchCpu(doc: PMNode, stepsPerBatch: number, samples: number): number[] {
  const before = readClaimRuns(doc);
  const claimType = getDocumentSchema().marks.claim!;
  const times: number[] = [];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  while (times.length < samples) {
    const pos = 1 + Math.floor(random() * (doc.content.size - 2));
    if (!doc.resolve(pos).parent.isTextblock) continue;
    const tr = EditorState.create({ doc }).tr;
    for (let i = 0; i < stepsPerBatch; i += 1) tr.insertText("x", pos + i);
    const steps = tr.steps;
    const started = performance.now();
    const applied = applySteps(doc, steps);
    if (!applied.ok) throw new Error(applied.issues[0]?.message);
    classifySteps(steps);
    const after = readClaimRuns(applied.doc);
    planClaimMarkFixes({
      before: before.runs,
      after: after.runs,
      text: after.text,
      knownQuotes: new Map(),
      mapping: applied.transform.mapping,
      drop: new Set(),
      claimType,
    });
    compareClaimRanges(before, after);
    times.push(performance.now() - started);
  }
  return times;
}
