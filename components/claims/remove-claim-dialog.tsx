"use client";
// The one "Remove this claim?" dialog of the claims panel: a thousand cards share it
// rather than each mounting its own alert dialog.
import type { RefObject } from "react";
import { AlertDialog } from "radix-ui";
import { AlertDialogBody } from "@/components/ui/alert-dialog-body";

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
      <AlertDialogBody
        title="Remove this claim?"
        description="Its highlight goes and the claim leaves the panel. The audit trail keeps a record of it and of who removed it."
        confirmLabel="Remove claim"
        onConfirm={() => claimId !== null && onConfirm(claimId)}
        onCloseAutoFocus={(event) => {
          const target = opener.current;
          if (!target?.isConnected) return;
          event.preventDefault();
          target.focus();
        }}
      />
    </AlertDialog.Root>
  );
}
