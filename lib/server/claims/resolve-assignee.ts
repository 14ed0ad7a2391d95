import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { pastDueDateProblem } from "@/lib/domain/workflow/due-date";

// What an assignment must name: an active person, and a due date that is not already past.

/** The person a claim is assigned to: an enabled fact-checker or manager. */
export async function resolveAssignee(tx: Pick<Tx, "user">, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, disabled: true },
  });
  if (!user || user.disabled || (user.role !== "CHECKER" && user.role !== "MANAGER")) {
    throw new AppError("validation", "Claims are assigned to an active fact-checker or manager.", {
      issues: [{ path: "assigneeId", message: "Choose an active fact-checker or manager." }],
    });
  }
  return user;
}

/** Refuses a new due date before today (422 on `dueAt`): the claim would be overdue at once. */
export function assertDueDateAhead(dueAt: Date): void {
  const problem = pastDueDateProblem(dueAt);
  if (problem) throw new AppError("validation", problem, { issues: [{ path: "dueAt", message: problem }] });
}
