"use client";
import { useState } from "react";
import { AlertDialog } from "radix-ui";
import { AlertDialogBody } from "@/components/ui/alert-dialog-body";
import { Button, type ButtonProps } from "@/components/ui/button";

/** A button that asks before acting: an accessible alert dialog, not window.confirm. */
export function ConfirmButton({
  title,
  description,
  confirmLabel,
  onConfirm,
  children,
  ...buttonProps
}: ButtonProps & {
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <Button {...buttonProps}>{children}</Button>
      </AlertDialog.Trigger>
      <AlertDialogBody
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        onConfirm={onConfirm}
      />
    </AlertDialog.Root>
  );
}
