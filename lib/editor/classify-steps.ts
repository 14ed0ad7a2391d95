// What a batch of steps changes, for the permission policy: the server's check and the
// fact-checker's text lock in the browser ask the same question. Kept apart from the step
// checker (steps.ts) so the browser does not load zod and the schema checks with it.
import { AddMarkStep, RemoveMarkStep, Step } from "@tiptap/pm/transform";
import { CLAIM_MARK } from "@/lib/domain/document/claim-mark";

/** What a batch of steps changes, for the permission policy. */
export interface StepEffects {
  /** Anything but adding or removing claim marks: words, formatting, structure, links. */
  changesTextOrFormatting: boolean;
  /** Adds or removes a claim mark. */
  changesClaimMarks: boolean;
}

export function classifySteps(steps: readonly Step[]): StepEffects {
  let changesTextOrFormatting = false;
  let changesClaimMarks = false;
  for (const step of steps.flatMap(flattenMarkSet)) {
    if (
      (step instanceof AddMarkStep || step instanceof RemoveMarkStep) &&
      step.mark.type.name === CLAIM_MARK
    ) {
      changesClaimMarks = true;
    } else {
      changesTextOrFormatting = true;
    }
  }
  return { changesTextOrFormatting, changesClaimMarks };
}

/** The mark steps inside a MarkSetStep (not exported by prosemirror-transform), or the step itself. */
function flattenMarkSet(step: Step): Step[] {
  const inner: unknown = (step as { steps?: unknown }).steps;
  return Array.isArray(inner) && inner.every((s) => s instanceof Step) ? inner : [step];
}
