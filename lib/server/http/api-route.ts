import "server-only";
import { NextResponse } from "next/server";
import { AppError, toErrorBody } from "@/lib/errors";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Turns any thrown error into the API's error shape; the one place that does so. */
export function toErrorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return NextResponse.json(toErrorBody(error), { status: error.status });
  }
  console.error("Unexpected error in API route", error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side. Try again." } },
    { status: 500 },
  );
}

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** Wraps a route handler so that errors always leave as `{error: {code, message}}`. */
export function apiRoute<P>(handler: Handler<P>): Handler<P> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

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
