"use client";
// The leave guard's warning, loaded the first time it is needed (see leave-guard.tsx).
import { AlertDialog } from "radix-ui";
import { AlertDialogBody } from "@/components/ui/alert-dialog-body";

export function LeaveDialog({
  unsent,
  onStay,
  onLeave,
}: {
  unsent: number;
  onStay: () => void;
  onLeave: () => void;
}) {
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onStay()}>
      <AlertDialogBody
        title="Your last changes are still being sent"
        description={`${unsent === 1 ? "1 change has" : `${unsent} changes have`} not reached the server yet. Stay until they are sent (this page moves on by itself once they are), or leave now and lose them.`}
        cancelLabel="Stay"
        confirmLabel="Leave anyway"
        onConfirm={onLeave}
      />
    </AlertDialog.Root>
  );
}
