"use client";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/input";
import type { ApprovalsRequired } from "@/lib/validation/admin";
import { callAdminApi, issueAt } from "@/components/admin/admin-api";

const CHOICES: { value: ApprovalsRequired; title: string; description: string }[] = [
  {
    value: 1,
    title: "One approval",
    description:
      "A fact-checker or manager other than the one who proposed the verdict approves it, and the claim is verified.",
  },
  {
    value: 2,
    title: "Two approvals (panel)",
    description:
      "Like PolitiFact's panel of editors, two different reviewers, neither of them the proposer, must each approve the verdict before the claim is verified. Slower, but no rating rests on one reviewer's judgement.",
  },
];

/** How many distinct approvals a verdict needs before its claim is verified. */
export function ApprovalsSetting({ initial }: { initial: ApprovalsRequired }) {
  const [saved, setSaved] = useState(initial);
  const [choice, setChoice] = useState(initial);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await callAdminApi<{ approvalsRequired: ApprovalsRequired }>("settings", {
      method: "PATCH",
      body: { approvalsRequired: choice },
    });
    setPending(false);
    if (!result.ok) {
      setError(issueAt(result.issues, "approvalsRequired") ?? result.message);
      return;
    }
    setError(undefined);
    setSaved(result.data.approvalsRequired);
    toast.success(
      result.data.approvalsRequired === 2
        ? "Verdicts now need two approvals."
        : "Verdicts now need one approval.",
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <fieldset aria-describedby="approvals-help approvals-error" className="space-y-3">
        <legend className="text-sm font-semibold">Approvals required per verdict</legend>
        <p id="approvals-help" className="text-sm text-slate-700">
          Nobody approves a verdict they proposed. The change applies to approvals given from now on.
        </p>
        {CHOICES.map((c) => (
          <label
            key={c.value}
            className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-slate-900"
          >
            <input
              type="radio"
              name="approvalsRequired"
              className="mt-1"
              value={c.value}
              checked={choice === c.value}
              onChange={() => setChoice(c.value)}
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">{c.title}</span>
              <span className="block text-sm text-slate-700">{c.description}</span>
            </span>
          </label>
        ))}
        <FieldError id="approvals-error" message={error} />
      </fieldset>
      <div className="flex justify-end">
        <Button type="submit" disabled={pending || choice === saved}>
          {pending ? "Saving…" : "Save setting"}
        </Button>
      </div>
    </form>
  );
}
