"use client";
// The body of every "are you sure?" dialog: title, explanation, a way back and the
// destructive act. Placed inside an AlertDialog.Root owned by the caller.
import { AlertDialog } from "radix-ui";
import { Button } from "@/components/ui/button";

export function AlertDialogBody({
  title,
  description,
  cancelLabel = "Cancel",
  confirmLabel,
  onConfirm,
  onCloseAutoFocus,
}: {
  title: string;
  description: React.ReactNode;
  cancelLabel?: string;
  confirmLabel: string;
  onConfirm: () => void;
  /** Where focus goes on close, when not back to a trigger (a dialog shared by many buttons). */
  onCloseAutoFocus?: (event: Event) => void;
}) {
  return (
    <AlertDialog.Portal>
      <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
      <AlertDialog.Content
        onCloseAutoFocus={onCloseAutoFocus}
        className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-lg"
      >
        <AlertDialog.Title className="text-base font-semibold">{title}</AlertDialog.Title>
        <AlertDialog.Description className="mt-2 text-sm text-slate-700">
          {description}
        </AlertDialog.Description>
        <div className="mt-5 flex justify-end gap-2">
          <AlertDialog.Cancel asChild>
            <Button variant="outline">{cancelLabel}</Button>
          </AlertDialog.Cancel>
          <AlertDialog.Action asChild>
            <Button variant="destructive" onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </AlertDialog.Action>
        </div>
      </AlertDialog.Content>
    </AlertDialog.Portal>
  );
}
