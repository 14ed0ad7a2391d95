"use client";
// Marking words that are already exactly a claim asks first: a second claim on the same
// words is rarely meant (a double click, a colleague's claim not noticed), though it can be
// (two findings about one sentence).
import { AlertDialog } from "radix-ui";
import type { EditorState } from "@tiptap/pm/state";
import { AlertDialogBody } from "@/components/ui/alert-dialog-body";
import { getClaimAnchors } from "@/lib/editor/claim-anchors";

export interface DuplicateMark {
  from: number;
  to: number;
  /** The claim already on exactly these words. */
  quote: string;
}

/** The claim already covering exactly [from, to), if any. */
export function findClaimOnSameWords(state: EditorState, from: number, to: number): DuplicateMark | null {
  const same = getClaimAnchors(state).find((anchor) => anchor.from === from && anchor.to === to);
  return same ? { from, to, quote: same.quote } : null;
}

export function DuplicateClaimDialog({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: DuplicateMark | null;
  onConfirm: (pending: DuplicateMark) => void;
  onCancel: () => void;
}) {
  return (
    <AlertDialog.Root open={pending !== null} onOpenChange={(open) => !open && onCancel()}>
      {pending && (
        <AlertDialogBody
          title="These words are already a claim"
          description={`“${pending.quote}” is already marked as a claim. Mark the same words as a second, separate claim?`}
          confirmLabel="Mark a second claim"
          onConfirm={() => onConfirm(pending)}
        />
      )}
    </AlertDialog.Root>
  );
}
