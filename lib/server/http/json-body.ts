import "server-only";
import { AppError } from "@/lib/errors";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Reads a JSON body of at most 2 MB: 413 beyond, 422 when it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const bytes = await readBodyBytes(request, MAX_BODY_BYTES, "The request body is larger than 2 MB.");
  try {
    return JSON.parse(bytes.toString("utf8")) as unknown;
  } catch {
    throw new AppError("validation", "The request body is not valid JSON.");
  }
}

/** Reads a multipart/form-data body of at most `maxBytes`: 413 beyond, 422 when malformed. */
export async function readFormBody(
  request: Request,
  maxBytes: number,
  tooLargeMessage: string,
): Promise<FormData> {
  const bytes = await readBodyBytes(request, maxBytes, tooLargeMessage);
  try {
    return await new Response(new Uint8Array(bytes), {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    throw new AppError("validation", "The request body is not valid multipart/form-data.");
  }
}

/** The body's bytes, refused (413) past `maxBytes` whether or not a length was declared. */
async function readBodyBytes(request: Request, maxBytes: number, tooLargeMessage: string): Promise<Buffer> {
  const tooLarge = () => new AppError("payload_too_large", tooLargeMessage);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  // Stream the body so that a chunked upload without a length is cut off at the limit.
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}
