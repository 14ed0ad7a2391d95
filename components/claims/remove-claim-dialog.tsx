"use client";
// The one "Remove this claim?" dialog of the claims panel: a thousand cards share it
// rather than each mounting its own alert dialog.
import type { RefObject } from "react";
import { AlertDialog } from "radix-ui";
import { Button } from "@/components/ui/button";

export function RemoveClaimDialog({
  claimId,
  onConfirm,
  onClose,
  opener,
}: {
  /** The claim asked about; null keeps the dialog closed. */
  claimId: string | null;
  onConfirm: (id: string) => void;
  onClose: () => void;
  /** The button that asked; focus goes back to it (there is no dialog trigger to return to). */
  opener: RefObject<HTMLElement | null>;
}) {
  return (
    <AlertDialog.Root open={claimId !== null} onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
        <AlertDialog.Content
          onCloseAutoFocus={(event) => {
            const target = opener.current;
            if (!target?.isConnected) return;
            event.preventDefault();
            target.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-lg"
        >
          <AlertDialog.Title className="text-base font-semibold">Remove this claim?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-700">
            Its highlight goes and the claim leaves the panel. The audit trail keeps a record of it and of who
            removed it.
          </AlertDialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="outline">Cancel</Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button variant="destructive" onClick={() => claimId !== null && onConfirm(claimId)}>
                Remove claim
              </Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
