import "server-only";
import { AppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Reads a JSON body of at most 2 MB: 413 beyond, 422 when it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  // Stream the body so that a chunked upload without a length is cut off at the limit.
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    size += next.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
}

function tooLarge(): AppError {
  return new AppError("payload_too_large", "The request body is larger than 2 MB.");
}
