"use client";
// Shown when a save of a cleared article changes a claim readers have seen: the save waits
// for a short public note (IFCN corrections). The person keeps typing meanwhile; nothing is
// lost, and undoing the change makes the notice go away with the next save.
import { useId, useState } from "react";
import { FilePenLine } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { Field } from "@/components/claims/detail/form-bits";
import type { CorrectionRequest } from "@/components/editor/use-document-save";
import { MAX_CORRECTION_NOTE } from "@/lib/domain/corrections/plan-corrections";

export function CorrectionNotice({
  request,
  saving,
  onSubmit,
}: {
  request: CorrectionRequest;
  saving: boolean;
  onSubmit: (note: string) => void;
}) {
  const id = useId();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-2 border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <h2 id={`${id}-heading`} className="flex items-center gap-2 font-semibold">
        <FilePenLine className="size-4 shrink-0" aria-hidden="true" />
        Correction note needed before this change is saved
      </h2>
      <p role="alert">{request.message}</p>
      {request.corrections.length > 0 && (
        <ul className="list-disc pl-5 text-[13px]" aria-label="What will be corrected">
          {request.corrections.map((c) => (
            <li key={`${c.kind}-${c.claimId}`}>{c.summary}</li>
          ))}
        </ul>
      )}
      <form
        noValidate
        className="flex flex-col gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          const trimmed = note.trim();
          if (!trimmed) {
            setError("Write a short public note saying what was corrected.");
            return;
          }
          setError(undefined);
          onSubmit(trimmed);
        }}
      >
        <Field
          id={`${id}-note`}
          label="Public correction note"
          error={error}
          hint={`Readers see this note in the article's corrections log, e.g. “An earlier version of this article gave the wrong date for the attack.” ${note.length}/${MAX_CORRECTION_NOTE}`}
        >
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              maxLength={MAX_CORRECTION_NOTE}
              className="min-h-16 text-[13px]"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" size="sm" className="self-start" disabled={saving}>
          Save with this correction note
        </Button>
      </form>
    </section>
  );
}
