import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

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
