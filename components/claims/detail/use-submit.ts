"use client";
// One form's request: pending while it runs; a failure is toasted and kept for the form to
// show inline, with a 422's field issues beside their fields.
import { useCallback, useState } from "react";
import { toast } from "sonner";
import { ApiError, issuesByField, toApiError } from "@/components/claims/detail/api";
import type { z } from "@/lib/validation/zod";

export function useSubmit() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  /** Runs the request; resolves to its result, or to undefined after showing the failure. */
  const run = useCallback(
    async <T>(action: () => Promise<T>, success?: string): Promise<{ value: T } | undefined> => {
      setPending(true);
      setError(null);
      try {
        const value = await action();
        if (success) toast.success(success);
        return { value };
      } catch (caught) {
        const failure = toApiError(caught);
        setError(failure);
        toast.error(failure.message);
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [],
  );

  /** Checks input with the schema the server uses; shows its issues without a request. */
  const check = useCallback(<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | null => {
    const result = schema.safeParse(input);
    if (result.success) {
      setError(null);
      return result.data;
    }
    const issues = result.error.issues.map((i) => ({
      path: i.path.map(String).join(".") || "(root)",
      message: i.message,
    }));
    setError(new ApiError("validation", "Some fields need attention.", 422, issues));
    return null;
  }, []);

  const clear = useCallback(() => setError(null), []);

  return { pending, error, fieldErrors: issuesByField(error), run, check, clear, fail: setError };
}
