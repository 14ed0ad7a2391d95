"use client";
// The inline forms of moves that need words: a reason (dismiss, reopen), a comment (send
// back) or an assignee (assign, and reassigning a claim in work). Enter submits, Escape
// cancels.
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { pastDueDateProblem } from "@/lib/domain/workflow/due-date";
import { ApiError, type ClaimDetailData } from "@/components/claims/detail/api";
import {
  Field,
  FormAlert,
  useFocusFirstInvalid,
  compactInput,
  compactSelect,
  compactTextarea,
} from "@/components/claims/detail/form-bits";
import { PRIORITY_LABEL } from "@/components/claims/detail/format";
import { usePeople } from "@/components/claims/detail/use-reference-data";
import type { useSubmit } from "@/components/claims/detail/use-submit";
import { PRIORITIES, type Priority } from "@/lib/validation/claims";

type Submit = ReturnType<typeof useSubmit>;

const REASON_COPY = {
  dismiss: { title: "Dismiss claim", hint: "Why is this not worth checking?", submit: "Dismiss claim" },
  reopen: { title: "Reopen claim", hint: "What needs another look?", submit: "Reopen claim" },
  send_back: {
    title: "Send back",
    hint: "What needs another look? It is posted to the discussion. Shift+Enter for a new line.",
    submit: "Send back",
  },
} as const;
export type ReasonAction = keyof typeof REASON_COPY;

function cancelOnEscape(onCancel: () => void) {
  return (event: React.KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onCancel();
    }
  };
}

export function ReasonForm({
  kind,
  action,
  submit,
  onSubmit,
  onCancel,
}: {
  kind: "reason" | "comment";
  action: ReasonAction;
  submit: Submit;
  onSubmit: (text: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, submit.error);
  const [text, setText] = useState("");
  const copy = REASON_COPY[action];
  const field = kind === "comment" ? "comment" : "reason";
  return (
    <form
      ref={formRef}
      aria-label={copy.title}
      className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-2"
      onKeyDown={cancelOnEscape(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(text);
      }}
    >
      <Field
        id={`${id}-${field}`}
        label={kind === "comment" ? "Comment" : "Reason"}
        hint={copy.hint}
        error={submit.fieldErrors[field]}
      >
        {(control) =>
          kind === "comment" ? (
            <Textarea
              {...control}
              autoFocus
              rows={2}
              className={compactTextarea}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                // Enter sends, as in the other inline forms; Shift+Enter keeps a line break.
                if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
          ) : (
            <Input
              {...control}
              autoFocus
              className={compactInput}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )
        }
      </Field>
      <FormAlert error={submit.error} fields={[field]} />
      <div className="flex gap-1.5">
        <Button type="submit" size="sm" disabled={submit.pending}>
          {copy.submit}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function AssignForm({
  detail,
  mode = "assign",
  submit,
  onSubmit,
  onCancel,
}: {
  detail: ClaimDetailData;
  /** "reassign": a claim in work; an emptied due date is removed. */
  mode?: "assign" | "reassign";
  submit: Submit;
  onSubmit: (values: { assigneeId: string; dueAt?: string | null; priority: Priority }) => Promise<boolean>;
  onCancel: () => void;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, submit.error);
  const people = usePeople();
  const candidates = people.items.filter((p) => p.role === "CHECKER" || p.role === "MANAGER");
  const [assigneeId, setAssigneeId] = useState(detail.assignee?.id ?? "");
  const [dueAt, setDueAt] = useState(detail.dueAt?.slice(0, 10) ?? "");
  const [priority, setPriority] = useState<Priority>(detail.priority);
  const errors = submit.fieldErrors;
  return (
    <form
      ref={formRef}
      aria-label={mode === "reassign" ? "Reassign claim" : "Assign claim"}
      className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-2"
      onKeyDown={cancelOnEscape(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        if (!assigneeId) {
          const message = "Choose a person to assign.";
          submit.fail(new ApiError("validation", message, 422, [{ path: "assigneeId", message }]));
          return;
        }
        // A due date that has passed since it was set may stay; a new one may not be past.
        const pastDue = dueAt && dueAt !== detail.dueAt?.slice(0, 10) ? pastDueDateProblem(dueAt) : null;
        if (pastDue) {
          submit.fail(new ApiError("validation", pastDue, 422, [{ path: "dueAt", message: pastDue }]));
          return;
        }
        void onSubmit({
          assigneeId,
          priority,
          ...(dueAt ? { dueAt } : mode === "reassign" ? { dueAt: null } : {}),
        });
      }}
    >
      <Field id={`${id}-assignee`} label="Assignee" error={errors.assigneeId}>
        {(control) => (
          <select
            {...control}
            autoFocus
            className={compactSelect}
            value={assigneeId}
            onChange={(e) => setAssigneeId(e.target.value)}
          >
            <option value="">{people.failed ? "Could not load people" : "Choose a person…"}</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.role === "MANAGER" ? "manager" : "fact-checker"})
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field id={`${id}-due`} label="Due date" error={errors.dueAt}>
          {(control) => (
            <Input
              {...control}
              type="date"
              className={compactInput}
              value={dueAt}
              onChange={(e) => setDueAt(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${id}-priority`} label="Priority" error={errors.priority}>
          {(control) => (
            <select
              {...control}
              className={compactSelect}
              value={priority}
              onChange={(e) => setPriority(e.target.value as Priority)}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABEL[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormAlert error={submit.error} fields={["assigneeId", "dueAt", "priority"]} />
      <div className="flex gap-1.5">
        <Button type="submit" size="sm" disabled={submit.pending}>
          {mode === "reassign" ? "Save assignment" : "Assign"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
