"use client";
// Changes to a cleared article land at once; their public correction notes follow. Each
// correction still needing one is listed beside the text with what changed and a place to
// write it, and the article cannot be cleared again until every one has its note.
import { useId, useState } from "react";
import { FilePenLine } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { Field } from "@/components/claims/detail/form-bits";
import type { PendingCorrection } from "@/components/editor/collab/article-events";
import { MAX_CORRECTION_NOTE } from "@/lib/domain/corrections/plan-corrections";

export function CorrectionNotes({
  corrections,
  viewer,
  onShowClaim,
  onNoted,
}: {
  corrections: PendingCorrection[];
  /** `readOnlyReason`: nothing may change (the article is spiked), notes included. */
  viewer: { id: string; canEdit: boolean; readOnlyReason: string | null };
  onShowClaim: (claimId: string) => void;
  onNoted: (id: string, note: string) => void;
}) {
  const id = useId();
  const needed = corrections.filter((c) => c.note === "");
  if (needed.length === 0) return null;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h2 id={`${id}-heading`} className="flex items-center gap-2 font-semibold">
        <FilePenLine className="size-4 shrink-0" aria-hidden="true" />
        {needed.length === 1 ? "A correction needs" : `${needed.length} corrections need`} a public note
      </h2>
      <p className="text-[13px]">
        This article was cleared before, so these changes are corrections. They are saved; readers will see
        each with its note once the article is cleared again, which waits for the notes.
      </p>
      <ul className="flex flex-col gap-3">
        {needed.map((c) => (
          <li
            key={c.id}
            className="flex flex-col gap-1.5 border-t border-amber-200 pt-2"
            data-correction={c.id}
          >
            <p>{c.summary}</p>
            <Button
              size="sm"
              variant="link"
              className="self-start px-0"
              onClick={() => onShowClaim(c.claimId)}
            >
              Show the change
            </Button>
            {viewer.readOnlyReason !== null ? (
              <p className="text-[13px]">{viewer.readOnlyReason}</p>
            ) : c.authorId === viewer.id || viewer.canEdit ? (
              <NoteForm correctionId={c.id} onNoted={(note) => onNoted(c.id, note)} />
            ) : (
              <p className="text-[13px]">The person who made this change, or an editor, writes its note.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function NoteForm({ correctionId, onNoted }: { correctionId: string; onNoted: (note: string) => void }) {
  const id = useId();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const trimmed = note.trim();
    if (!trimmed) {
      setError("Write a short public note saying what was corrected.");
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(`/api/v1/corrections/${correctionId}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ note: trimmed }),
      });
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      if (!response.ok) {
        setError(body?.error?.message ?? "The note could not be saved. Try again.");
        return;
      }
      setError(undefined);
      onNoted(trimmed);
      toast.success("Correction note saved.");
    } catch {
      setError("No connection: the note is still here; try again.");
    } finally {
      setBusy(false);
    }
  }
  return (
    <form noValidate className="flex flex-col gap-1.5" onSubmit={(e) => void submit(e)}>
      <Field
        id={`${id}-note`}
        label="Public correction note"
        error={error}
        hint={`For readers, e.g. “An earlier version gave the wrong date for the attack.” ${note.length}/${MAX_CORRECTION_NOTE}`}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            maxLength={MAX_CORRECTION_NOTE}
            className="min-h-16 bg-white text-[13px]"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" size="sm" className="self-start" disabled={busy}>
        Save the note
      </Button>
    </form>
  );
}
