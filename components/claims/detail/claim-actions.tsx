"use client";
// The claim's next steps: only the moves the server lists as allowed for this viewer,
// and for managers the reassignment of a claim in work.
// Moves that need words (a reason, a comment, an assignee) open a small inline form in
// place of the bar; the others act at once.
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { claimApi, type ClaimDetailData } from "@/components/claims/detail/api";
import { AssignForm, ReasonForm, type ReasonAction } from "@/components/claims/detail/transition-forms";
import { FormAlert } from "@/components/claims/detail/form-bits";
import { useSubmit } from "@/components/claims/detail/use-submit";
import type { AssignmentInput, TransitionInput } from "@/lib/validation/claims";

export type ActionKind =
  "pick_up" | "assign" | "reassign" | "submit" | "approve" | "send_back" | "dismiss" | "restore" | "reopen";

type Status = ClaimDetailData["status"];

interface ActionDef {
  kind: ActionKind;
  label: string;
  from: Status;
  to: Status;
  primary?: boolean;
  /** Moves that need words first open a form. */
  form?: "reason" | "comment" | "assign";
  done: string;
}

const ACTIONS: readonly ActionDef[] = [
  {
    kind: "pick_up",
    label: "Pick up",
    from: "OPEN",
    to: "RESEARCHING",
    primary: true,
    done: "You picked up the claim.",
  },
  {
    kind: "assign",
    label: "Assign…",
    from: "OPEN",
    to: "RESEARCHING",
    form: "assign",
    done: "Claim assigned.",
  },
  {
    kind: "submit",
    label: "Submit for review",
    from: "RESEARCHING",
    to: "IN_REVIEW",
    primary: true,
    done: "Submitted for review.",
  },
  {
    kind: "approve",
    label: "Approve",
    from: "IN_REVIEW",
    to: "VERIFIED",
    primary: true,
    done: "Verdict approved.",
  },
  {
    kind: "send_back",
    label: "Send back…",
    from: "IN_REVIEW",
    to: "RESEARCHING",
    form: "comment",
    done: "Sent back for more research.",
  },
  {
    kind: "dismiss",
    label: "Dismiss…",
    from: "OPEN",
    to: "DISMISSED",
    form: "reason",
    done: "Claim dismissed.",
  },
  {
    kind: "restore",
    label: "Restore",
    from: "DISMISSED",
    to: "OPEN",
    primary: true,
    done: "Claim restored.",
  },
  {
    kind: "reopen",
    label: "Reopen…",
    from: "VERIFIED",
    to: "RESEARCHING",
    form: "reason",
    done: "Claim reopened.",
  },
];

/** The moves this viewer may make now. Assigning to someone else is a manager's extra. */
export function availableActions(detail: ClaimDetailData): ActionDef[] {
  return ACTIONS.filter(
    (a) =>
      a.from === detail.status &&
      detail.allowedTransitions.includes(a.to) &&
      (a.kind !== "assign" || detail.can.assign),
  );
}

/** A manager may hand a claim in work to someone else, or change its due date or priority. */
export function mayReassign(detail: ClaimDetailData): boolean {
  return detail.can.assign && (detail.status === "RESEARCHING" || detail.status === "IN_REVIEW");
}

/** Whether the form or move `kind` can be open for this claim now. */
export function isActionAvailable(detail: ClaimDetailData, kind: ActionKind): boolean {
  return kind === "reassign" ? mayReassign(detail) : availableActions(detail).some((a) => a.kind === kind);
}

export function ClaimActions({
  detail,
  open,
  onOpenChange,
  onApplied,
}: {
  detail: ClaimDetailData;
  open: ActionKind | null;
  onOpenChange: (kind: ActionKind | null) => void;
  onApplied: (detail: ClaimDetailData) => void;
}) {
  const submit = useSubmit();
  const bar = useRef<HTMLDivElement>(null);
  const lastOpened = useRef<ActionKind | null>(null);
  const actions = availableActions(detail);
  const canReassign = mayReassign(detail);
  const current = actions.find((a) => a.kind === open) ?? null;

  // Closing a form returns focus to the button that opened it.
  useEffect(() => {
    if (open) {
      lastOpened.current = open;
    } else if (lastOpened.current) {
      bar.current?.querySelector<HTMLElement>(`[data-action="${lastOpened.current}"]`)?.focus();
      lastOpened.current = null;
    }
  }, [open]);

  async function move(action: ActionDef, extra: Omit<TransitionInput, "to"> = {}): Promise<boolean> {
    const result = await submit.run(() => claimApi.transition(detail.id, { to: action.to, ...extra }));
    if (!result) return false;
    const next = result.value;
    const partial = action.kind === "approve" && next.status === "IN_REVIEW";
    toast.success(partial ? "Approval recorded; another reviewer must approve too." : action.done);
    lastOpened.current = null;
    onOpenChange(null);
    onApplied(next);
    return true;
  }

  async function reassign(values: AssignmentInput): Promise<boolean> {
    const result = await submit.run(() => claimApi.updateAssignment(detail.id, values));
    if (!result) return false;
    toast.success("Assignment saved.");
    lastOpened.current = null;
    onOpenChange(null);
    onApplied(result.value);
    return true;
  }

  // The Approve button is not there for a reviewer who may not approve: say why instead.
  const approvalNote = detail.approvalRefusal ? (
    <p role="note" className="text-sm text-slate-700" data-approval-refusal>
      {detail.approvalRefusal}
    </p>
  ) : null;
  if (actions.length === 0 && !canReassign) return approvalNote;

  return (
    <div className="flex flex-col gap-2">
      {approvalNote}
      {open === "reassign" && canReassign ? (
        <AssignForm
          detail={detail}
          mode="reassign"
          submit={submit}
          onSubmit={reassign}
          onCancel={() => onOpenChange(null)}
        />
      ) : current?.form === "assign" ? (
        <AssignForm
          detail={detail}
          submit={submit}
          onSubmit={(values) => move(current, values)}
          onCancel={() => onOpenChange(null)}
        />
      ) : current?.form ? (
        <ReasonForm
          kind={current.form}
          action={current.kind as ReasonAction}
          submit={submit}
          onSubmit={(text) =>
            move(current, current.form === "comment" ? { comment: text } : { reason: text })
          }
          onCancel={() => onOpenChange(null)}
        />
      ) : (
        <div ref={bar} role="group" aria-label="Claim actions" className="flex flex-wrap gap-1.5">
          {actions.map((action) => (
            <Button
              key={action.kind}
              size="sm"
              variant={action.primary ? "default" : "outline"}
              data-action={action.kind}
              disabled={submit.pending}
              onClick={() => {
                submit.clear();
                if (action.form) onOpenChange(action.kind);
                else void move(action);
              }}
            >
              {action.label}
            </Button>
          ))}
          {canReassign && (
            <Button
              size="sm"
              variant="outline"
              data-action="reassign"
              disabled={submit.pending}
              onClick={() => {
                submit.clear();
                onOpenChange("reassign");
              }}
            >
              Reassign…
            </Button>
          )}
        </div>
      )}
      {!current && open !== "reassign" && <FormAlert error={submit.error} />}
    </div>
  );
}
