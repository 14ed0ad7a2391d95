// The admin screens' one way to call the admin API: JSON in, JSON or the error shape out.
import type { FieldIssue } from "@/lib/errors";

export type ApiResult<T> =
  { ok: true; data: T } | { ok: false; status: number; message: string; issues: FieldIssue[] };

interface ErrorBody {
  error?: { message?: string; issues?: FieldIssue[] };
}

export async function callAdminApi<T>(
  path: string,
  init: { method?: "GET" | "POST" | "PATCH"; body?: unknown } = {},
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/admin/${path}`, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Try again.", issues: [] };
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return { ok: true, data: body as T };
  const error = (body as ErrorBody | null)?.error;
  return {
    ok: false,
    status: response.status,
    message: error?.message ?? "Something went wrong on our side. Try again.",
    issues: error?.issues ?? [],
  };
}

/** The message for one field, if the server named it. */
export function issueAt(issues: readonly FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path)?.message;
}
