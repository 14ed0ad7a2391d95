"use client";
// Proposing a verdict: a rating from the current scale, the rationale, and the sources it
// rests on. A new proposal supersedes the open one; none is ever deleted.
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/input";
import { ApiError, claimApi, type ClaimDetailData } from "@/components/claims/detail/api";
import {
  Field,
  FormAlert,
  useFocusFirstInvalid,
  compactSelect,
  compactTextarea,
} from "@/components/claims/detail/form-bits";
import { useRatings } from "@/components/claims/detail/use-reference-data";
import { useSubmit } from "@/components/claims/detail/use-submit";
import { ZVerdictInput } from "@/lib/validation/claims";
import { MAX_CORRECTION_NOTE } from "@/lib/domain/corrections/plan-corrections";

const NEEDS_SOURCES = "Cite at least one source, or rate the claim Unverifiable.";

export function VerdictForm({
  detail,
  onApplied,
}: {
  detail: ClaimDetailData;
  onApplied: (detail: ClaimDetailData) => void;
}) {
  const id = useId();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, submit.error);
  const ratings = useRatings();
  const current = ratings.items.filter((r) => !r.retired);
  const [rating, setRating] = useState("");
  const [rationale, setRationale] = useState("");
  const [cited, setCited] = useState<ReadonlySet<string>>(new Set());
  const [correctionNote, setCorrectionNote] = useState("");
  const published = detail.publishedVerdict;
  const errors = submit.fieldErrors;
  const hasOpenProposal = detail.verdicts.some((v) => v.state === "PROPOSED");
  // Only sources still on the claim can be cited (one may have been removed meanwhile).
  const sourceIds = detail.sources.map((s) => s.id).filter((s) => cited.has(s));

  async function propose() {
    const input = { rating, rationale, sourceIds, ...(published ? { correctionNote } : {}) };
    if (!submit.check(ZVerdictInput, input)) return;
    if (current.find((r) => r.id === rating)?.requiresSources && sourceIds.length === 0) {
      submit.fail(
        new ApiError("validation", NEEDS_SOURCES, 422, [{ path: "sourceIds", message: NEEDS_SOURCES }]),
      );
      return;
    }
    const result = await submit.run(() => claimApi.proposeVerdict(detail.id, input));
    if (!result) return;
    toast.success(
      hasOpenProposal ? "New verdict proposed; it replaces the earlier one." : "Verdict proposed.",
    );
    setRating("");
    setRationale("");
    setCited(new Set());
    setCorrectionNote("");
    onApplied(result.value);
  }

  function toggle(sourceId: string, on: boolean) {
    setCited((prev) => {
      const next = new Set(prev);
      if (on) next.add(sourceId);
      else next.delete(sourceId);
      return next;
    });
  }

  const sourcesError =
    errors.sourceIds ?? Object.entries(errors).find(([path]) => path.startsWith("sourceIds."))?.[1];
  return (
    <form
      ref={formRef}
      aria-label="Propose verdict"
      noValidate
      className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-2"
      onSubmit={(e) => {
        e.preventDefault();
        void propose();
      }}
    >
      {hasOpenProposal && (
        <p className="text-xs text-slate-700">
          A new proposal replaces the open one, which is kept in the history.
        </p>
      )}
      <Field id={`${id}-rating`} label="Rating" error={errors.rating}>
        {(control) => (
          <select
            {...control}
            className={compactSelect}
            value={rating}
            onChange={(e) => setRating(e.target.value)}
          >
            <option value="">{ratings.failed ? "Could not load the scale" : "Choose a rating…"}</option>
            {current.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${id}-rationale`} label="Rationale" error={errors.rationale}>
        {(control) => (
          <Textarea
            {...control}
            rows={4}
            className={compactTextarea}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
          />
        )}
      </Field>
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={sourcesError ? `${id}-sources-error` : undefined}
      >
        <legend className="mb-1 text-xs font-medium text-slate-800">Cited sources</legend>
        {detail.sources.length === 0 ? (
          <p className="text-xs text-slate-600">No sources on this claim yet. Add one under Sources.</p>
        ) : (
          detail.sources.map((source) => (
            <div key={source.id} className="flex items-start gap-2">
              <input
                id={`${id}-source-${source.id}`}
                type="checkbox"
                className="mt-0.5 size-4 shrink-0 accent-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
                checked={cited.has(source.id)}
                onChange={(e) => toggle(source.id, e.target.checked)}
              />
              <label htmlFor={`${id}-source-${source.id}`} className="text-xs break-words text-slate-900">
                {source.title}
              </label>
            </div>
          ))
        )}
        {sourcesError && (
          <p id={`${id}-sources-error`} className="text-[13px] text-red-800">
            {sourcesError}
          </p>
        )}
      </fieldset>
      {published && (
        <Field
          id={`${id}-correction`}
          label="Public correction note"
          error={errors.correctionNote}
          hint={`This claim was published as “${published.rating}”. A different rating or rationale is a correction: say in a sentence what changed and why. Readers see this note.`}
        >
          {(control) => (
            <Textarea
              {...control}
              rows={2}
              maxLength={MAX_CORRECTION_NOTE}
              className={compactTextarea}
              value={correctionNote}
              onChange={(e) => setCorrectionNote(e.target.value)}
            />
          )}
        </Field>
      )}
      <FormAlert error={submit.error} fields={["rating", "rationale", "sourceIds", "correctionNote"]} />
      <Button type="submit" size="sm" className="self-start" disabled={submit.pending}>
        Propose verdict
      </Button>
    </form>
  );
}
