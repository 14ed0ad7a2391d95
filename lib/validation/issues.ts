// Turns zod issues into the field issues Claimdesk shows and returns.
import type { z } from "@/lib/validation/zod";
import { AppError, type FieldIssue } from "@/lib/errors";

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

/** Parses `input` with `schema`, throwing a 422 AppError with the field issues. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("validation", "Some fields are not valid.", {
      issues: toFieldIssues(result.error),
    });
  }
  return result.data;
}
