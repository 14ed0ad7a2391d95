import "server-only";
import { AppError } from "@/lib/errors";

// Opaque keyset cursors: base64url of a small JSON object that the list checks itself.

export function encodeCursor(body: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
}

/** The cursor's object, or a 422 on `field` when it does not decode or `check` refuses it. */
export function decodeCursor<T>(
  cursor: string,
  field: string,
  check: (body: Record<string, unknown>) => T | null,
): T {
  let body: unknown = null;
  try {
    body = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    // reported below
  }
  const value =
    typeof body === "object" && body !== null && !Array.isArray(body)
      ? check(body as Record<string, unknown>)
      : null;
  if (value === null)
    throw new AppError("validation", "Some fields are not valid.", {
      issues: [{ path: field, message: "The cursor is not valid: start again from the first page." }],
    });
  return value;
}
