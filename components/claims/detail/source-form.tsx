"use client";
// Adding or editing a source. The fields are checked with the schema the server uses
// (ZSourceInput), so the form and the API agree on every rule and message.
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { claimApi, type DetailSource } from "@/components/claims/detail/api";
import {
  Field,
  FormAlert,
  useFocusFirstInvalid,
  compactInput,
  compactSelect,
  compactTextarea,
} from "@/components/claims/detail/form-bits";
import { todayIso } from "@/components/claims/detail/format";
import { useSubmit } from "@/components/claims/detail/use-submit";
import {
  RELIABILITIES,
  RELIABILITY_LABEL,
  SOURCE_KINDS,
  SOURCE_KIND_LABEL,
  ZSourceInput,
  type Reliability,
  type SourceKind,
} from "@/lib/validation/claims";

interface Values {
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  accessedAt: string;
  kind: SourceKind;
  reliability: Reliability;
  note: string;
  sensitive: boolean;
}

const FIELDS = ["url", "title", "publisher", "excerpt", "accessedAt", "kind", "reliability", "note"];

function initialValues(source?: DetailSource): Values {
  return {
    url: source?.url ?? "",
    title: source?.title ?? "",
    publisher: source?.publisher ?? "",
    excerpt: source?.excerpt ?? "",
    accessedAt: source?.accessedAt ?? todayIso(),
    kind: source?.kind ?? "OTHER",
    reliability: source?.reliability ?? "UNKNOWN",
    note: source?.note ?? "",
    sensitive: source?.sensitive ?? false,
  };
}

export function SourceForm({
  claimId,
  source,
  canUnflag,
  onSaved,
  onCancel,
}: {
  claimId: string;
  /** The source being edited; absent when adding one. */
  source?: DetailSource;
  /** Whether this person may make a sensitive source public (managers only, says the server). */
  canUnflag: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const id = useId();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, submit.error);
  const [values, setValues] = useState<Values>(() => initialValues(source));
  const errors = submit.fieldErrors;
  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  async function save() {
    if (!submit.check(ZSourceInput, values)) return;
    const result = await submit.run(
      () => (source ? claimApi.updateSource(source.id, values) : claimApi.addSource(claimId, values)),
      source ? "Source saved." : "Source added.",
    );
    if (result) onSaved();
  }

  const text = (key: "url" | "title" | "publisher", label: string, type = "text") => (
    <Field id={`${id}-${key}`} label={label} error={errors[key]}>
      {(control) => (
        <Input
          {...control}
          type={type}
          autoFocus={key === "url"}
          className={compactInput}
          value={values[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      noValidate
      aria-label={source ? "Edit source" : "Add source"}
      className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-2"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {text("url", "URL", "url")}
      {text("title", "Title")}
      <div className="grid grid-cols-2 gap-2">
        {text("publisher", "Publisher")}
        <Field id={`${id}-accessed`} label="Accessed" error={errors.accessedAt}>
          {(control) => (
            <Input
              {...control}
              type="date"
              className={compactInput}
              value={values.accessedAt}
              onChange={(e) => set("accessedAt")(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-kind`} label="Kind" error={errors.kind}>
          {(control) => (
            <select
              {...control}
              className={compactSelect}
              value={values.kind}
              onChange={(e) => set("kind")(e.target.value as SourceKind)}
            >
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {SOURCE_KIND_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-reliability`} label="Reliability" error={errors.reliability}>
          {(control) => (
            <select
              {...control}
              className={compactSelect}
              value={values.reliability}
              onChange={(e) => set("reliability")(e.target.value as Reliability)}
            >
              {RELIABILITIES.map((r) => (
                <option key={r} value={r}>
                  {RELIABILITY_LABEL[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        id={`${id}-excerpt`}
        label="Excerpt"
        hint="The exact passage you rely on."
        error={errors.excerpt}
      >
        {(control) => (
          <Textarea
            {...control}
            className={compactTextarea}
            value={values.excerpt}
            onChange={(e) => set("excerpt")(e.target.value)}
          />
        )}
      </Field>
      <Field id={`${id}-note`} label="Note" error={errors.note}>
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            className={compactTextarea}
            value={values.note}
            onChange={(e) => set("note")(e.target.value)}
          />
        )}
      </Field>
      <div className="flex items-start gap-2">
        <input
          id={`${id}-sensitive`}
          type="checkbox"
          className="mt-0.5 size-4 accent-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
          checked={values.sensitive}
          // Once saved as sensitive, only a manager makes it public again.
          disabled={Boolean(source?.sensitive) && !canUnflag}
          aria-describedby={`${id}-sensitive-hint`}
          onChange={(e) => set("sensitive")(e.target.checked)}
        />
        <div className="flex flex-col">
          <label htmlFor={`${id}-sensitive`} className="text-xs font-medium text-slate-900">
            Sensitive
          </label>
          <p id={`${id}-sensitive-hint`} className="text-xs text-slate-600">
            Shown only to fact-checkers and managers; never exported.
            {source?.sensitive && !canUnflag && " Only a manager can un-flag it."}
          </p>
        </div>
      </div>
      <FormAlert error={submit.error} fields={FIELDS} />
      <div className="flex gap-1.5">
        <Button type="submit" size="sm" disabled={submit.pending}>
          Save source
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
