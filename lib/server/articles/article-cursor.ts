import "server-only";
import { AppError } from "@/lib/errors";
import type { ArticleSortKey } from "@/lib/validation/article-list";

// The desk's keyset cursor: base64url of the sort, the last row's sort key and its id.
// Opaque to clients; a cursor from another sort, or one that does not decode, is a 422.

export type SortKeyValue = string | number;

interface CursorBody {
  s: string;
  k: SortKeyValue;
  i: string;
}

export function encodeArticleCursor(sort: string, key: SortKeyValue, id: string): string {
  const body: CursorBody = { s: sort, k: key, i: id };
  return Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
}

export function decodeArticleCursor(
  cursor: string,
  sort: string,
  key: ArticleSortKey,
  field: "cursor" | "before" = "cursor",
): { key: SortKeyValue; id: string } {
  const invalidCursor = (message: string) =>
    new AppError("validation", "Some fields are not valid.", { issues: [{ path: field, message }] });
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor("The cursor is not valid: start again from the first page.");
  }
  if (typeof body !== "object" || body === null) throw invalidCursor("The cursor is not valid.");
  const { s, k, i } = body as Partial<CursorBody>;
  if (typeof i !== "string" || i.length === 0 || i.length > 100)
    throw invalidCursor("The cursor is not valid.");
  if (s !== sort)
    throw invalidCursor("The cursor belongs to another sort order: start again from the first page.");
  const ok =
    key === "title"
      ? typeof k === "string"
      : key === "updated"
        ? typeof k === "string" && !Number.isNaN(Date.parse(k))
        : typeof k === "number" && Number.isInteger(k) && k >= 0;
  if (!ok) throw invalidCursor("The cursor is not valid.");
  return { key: k as SortKeyValue, id: i };
}
