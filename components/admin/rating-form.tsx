"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { ALTERNATE_NAME_MAX, OFF_SCALE_VALUE, RATING_LABEL_MAX } from "@/lib/validation/admin";
import { issueAt, type ApiResult } from "@/components/admin/admin-api";
import type { AdminRating } from "@/components/admin/types";

export interface RatingFormValues {
  label: string;
  alternateName: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  requiresSources: boolean;
}

type Fields = Omit<RatingFormValues, "ratingValue" | "bestRating" | "worstRating"> & {
  ratingValue: string;
  bestRating: string;
  worstRating: string;
};

// An empty box is sent as null, so the server names the field instead of reading 0.
const toNumber = (value: string): number | null => (value.trim() === "" ? null : Number(value));

/** The fields of one rating, for adding one or editing it in place. */
export function RatingForm({
  idPrefix,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial?: AdminRating;
  submitLabel: string;
  onSubmit: (values: RatingFormValues) => Promise<ApiResult<unknown>>;
  onCancel?: () => void;
}) {
  const [fields, setFields] = useState<Fields>({
    label: initial?.label ?? "",
    alternateName: initial?.alternateName ?? "",
    ratingValue: String(initial?.ratingValue ?? ""),
    bestRating: String(initial?.bestRating ?? 5),
    worstRating: String(initial?.worstRating ?? 1),
    requiresSources: initial?.requiresSources ?? true,
  });
  const [issues, setIssues] = useState<{ path: string; message: string }[]>([]);
  const [pending, setPending] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const id = (name: string) => `${idPrefix}-${name}`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await onSubmit({
      ...fields,
      ratingValue: toNumber(fields.ratingValue),
      bestRating: toNumber(fields.bestRating),
      worstRating: toNumber(fields.worstRating),
    });
    setPending(false);
    setIssues(result.ok ? [] : result.issues);
  }

  const textField = (name: "label" | "alternateName", label: string, max: number, help?: string) => (
    <div className="space-y-1">
      <Label htmlFor={id(name)}>{label}</Label>
      <Input
        id={id(name)}
        value={fields[name]}
        onChange={(e) => set(name, e.target.value)}
        maxLength={max}
        aria-invalid={Boolean(issueAt(issues, name))}
        aria-describedby={`${id(name)}-error${help ? ` ${id(name)}-help` : ""}`}
      />
      {help && (
        <p id={`${id(name)}-help`} className="text-xs text-slate-600">
          {help}
        </p>
      )}
      <FieldError id={`${id(name)}-error`} message={issueAt(issues, name)} />
    </div>
  );

  const numberField = (name: "ratingValue" | "bestRating" | "worstRating", label: string, help?: string) => (
    <div className="space-y-1">
      <Label htmlFor={id(name)}>{label}</Label>
      <Input
        id={id(name)}
        type="number"
        inputMode="numeric"
        step={1}
        value={fields[name]}
        onChange={(e) => set(name, e.target.value)}
        aria-invalid={Boolean(issueAt(issues, name))}
        aria-describedby={`${id(name)}-error${help ? ` ${id(name)}-help` : ""}`}
      />
      {help && (
        <p id={`${id(name)}-help`} className="text-xs text-slate-600">
          {help}
        </p>
      )}
      <FieldError id={`${id(name)}-error`} message={issueAt(issues, name)} />
    </div>
  );

  const unplaced = issues.filter(
    (i) => !["label", "alternateName", "ratingValue", "bestRating", "worstRating"].includes(i.path),
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        {textField("label", "Label", RATING_LABEL_MAX)}
        {textField(
          "alternateName",
          "Published name (ClaimReview)",
          ALTERNATE_NAME_MAX,
          initial ? undefined : "Leave empty to publish the label.",
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {numberField("ratingValue", "Rating value", `${OFF_SCALE_VALUE} means not on the numeric scale.`)}
        {numberField("worstRating", "Worst rating")}
        {numberField("bestRating", "Best rating")}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={fields.requiresSources}
          onChange={(e) => set("requiresSources", e.target.checked)}
        />
        A verdict with this rating must cite at least one source
      </label>
      {unplaced.map((issue) => (
        <p key={issue.path} role="alert" className="text-[13px] text-red-800">
          {issue.message}
        </p>
      ))}
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button variant="outline" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
