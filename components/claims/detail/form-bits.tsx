// Small building blocks the claim detail's forms share: a labelled field wired to its
// error, the form-level alert, and the compact control sizes of the claims panel.
import { useEffect } from "react";
import type * as React from "react";
import { FieldError, Label, fieldClass } from "@/components/ui/input";
import type { ApiError } from "@/components/claims/detail/api";
import { cn } from "@/lib/utils";

/** Controls sized for the narrow claims panel. */
export const compactInput = "h-8 px-2 py-1 text-[13px]";
export const compactTextarea = "min-h-16 px-2 py-1.5 text-[13px]";
export const compactSelect = cn(fieldClass, "h-8 px-1.5 py-1 text-[13px]");

export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export function Field({
  id,
  label,
  error,
  hint,
  className,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  children: (control: ControlProps) => React.ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <Label htmlFor={id} className="text-xs text-slate-800">
        {label}
      </Label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/**
 * The form's failure: the server's message, plus any issue that has no field of its own
 * in this form. When every issue already sits beside its field, the message is only
 * announced, not shown a second time.
 */
export function FormAlert({ error, fields = [] }: { error: ApiError | null; fields?: readonly string[] }) {
  if (!error) return null;
  const loose = error.issues.filter((i) => !fields.includes(i.path));
  if (error.issues.length > 0 && loose.length === 0) {
    return (
      <p role="alert" className="sr-only">
        {error.message}
      </p>
    );
  }
  const extra = loose.filter((i) => i.message !== error.message);
  return (
    <div
      role="alert"
      className="rounded border border-red-300 bg-red-50 px-2 py-1.5 text-[13px] text-red-900"
    >
      <p>{error.message}</p>
      {extra.length > 0 && (
        <ul className="mt-1 list-disc pl-4">
          {extra.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Moves focus to the first field marked invalid, after a failed submit. */
export function useFocusFirstInvalid(form: React.RefObject<HTMLFormElement | null>, error: ApiError | null) {
  useEffect(() => {
    if (error?.issues.length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}

/** A section heading whose name stays exactly its word ("Sources"); extras sit beside it. */
export function SectionHeading({
  id,
  children,
  aside,
}: {
  id: string;
  children: string;
  aside?: React.ReactNode;
}) {
  return (
    <div className="flex items-baseline gap-1.5">
      <h3 id={id} className="text-[13px] font-semibold text-slate-900">
        {children}
      </h3>
      {aside && <span className="text-xs text-slate-600">{aside}</span>}
    </div>
  );
}
