import "server-only";
import { AppError, type FieldIssue } from "@/lib/errors";

export type ActionResult = { ok: true } | { ok: false; message: string; issues?: FieldIssue[] };

/** The one place a server action turns an error into what the form shows. */
export function toActionError(error: unknown): ActionResult {
  if (error instanceof AppError) return { ok: false, message: error.message, issues: error.issues };
  console.error("Unexpected error in server action", error);
  return { ok: false, message: "Something went wrong on our side. Nothing was saved; try again." };
}
