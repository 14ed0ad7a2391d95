import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, toErrorBody } from "@/lib/errors";
import type { Action } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { requireUser } from "@/lib/server/auth/require-user";
import { parseInput } from "@/lib/validation/issues";
import { readFormBody, readJsonBody } from "@/lib/server/http/json-body";
import { requestContextFrom, runWithRequestContext } from "@/lib/server/http/request-context";
import { consumeRequestLimit, READ_LIMIT, WRITE_LIMIT } from "@/lib/server/http/request-rate-limit";
import { assertSameOrigin } from "@/lib/server/http/same-origin";

/**
 * The one request pipeline of the API. Every `/api/v1` route is an `endpoint(...)`, which
 * in this order: gives the request an id and its metadata for the audit trail, refuses a
 * state-changing request from another origin (403) and a body that is not JSON (415),
 * works out the actor (401), checks the route's permission (403), applies the rate limit
 * (429), reads and parses the body with the route's schema (413, 422), runs the handler,
 * and marks the answer private (`Cache-Control: no-store`) with its `X-Request-Id`.
 * tests/integration/security/pipeline-coverage.test.ts fails for a route that is not one.
 */
export type Access = "signed-in" | Action;

export interface EndpointContext<P, B> {
  actor: Actor;
  params: P;
  body: B;
  request: Request;
  url: URL;
}

type ParsedOf<S> = S extends z.ZodType ? z.output<S> : undefined;
/**
 * The body as sent, once it has passed the route's schema. Use cases parse their input
 * again (scripts and tests call them directly), and a schema that turns strings into
 * dates would not accept its own output.
 */
type BodyOf<S> = S extends z.ZodType ? z.input<S> : undefined;

export interface EndpointSpec<PS extends z.ZodType | undefined, S extends z.ZodType | undefined> {
  /** Who may call it: any signed-in user, or those the policy allows this action. */
  access: Access;
  /** The path parameters' schema (lib/validation/route-params.ts). */
  params?: PS;
  /** The JSON body's schema. Without one the route reads no body. */
  body?: S;
  /** An absent body parses as `{}` (DELETE with an optional note). */
  bodyOptional?: boolean;
  /**
   * Also take the body as multipart/form-data (a file upload) of at most `maxBytes`,
   * turned by `toBody` into what the body schema parses.
   */
  upload?: { maxBytes: number; tooLarge: string; toBody(form: FormData): Promise<unknown> };
  handle(context: EndpointContext<ParsedOf<PS>, BodyOf<S>>): Promise<Response>;
}

type RouteParams = Record<string, string | string[] | undefined>;
export type RouteHandler = (request: Request, context: { params: Promise<RouteParams> }) => Promise<Response>;

/** Marks handlers built by `endpoint`, so a test can prove that every route is one. */
export const THROUGH_PIPELINE = Symbol.for("claimdesk.endpoint");

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function endpoint<
  PS extends z.ZodType | undefined = undefined,
  S extends z.ZodType | undefined = undefined,
>(spec: EndpointSpec<PS, S>): RouteHandler {
  const handler: RouteHandler = (request, routeContext) => {
    const context = requestContextFrom(request.headers);
    return runWithRequestContext(context, async () => {
      let response: Response;
      try {
        response = await run(spec, request, await routeContext.params);
      } catch (error) {
        response = toErrorResponse(error, context.requestId);
      }
      response.headers.set("x-request-id", context.requestId);
      if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
      return response;
    });
  };
  Object.defineProperty(handler, THROUGH_PIPELINE, { value: true });
  return handler;
}

async function run<PS extends z.ZodType | undefined, S extends z.ZodType | undefined>(
  spec: EndpointSpec<PS, S>,
  request: Request,
  rawParams: RouteParams,
): Promise<Response> {
  const writes = WRITE_METHODS.has(request.method.toUpperCase());
  assertSameOrigin(request);
  const hasBody = requestHasBody(request);
  const upload = spec.upload && mediaType(request) === "multipart/form-data" ? spec.upload : undefined;
  if (spec.body && !upload && (hasBody || !spec.bodyOptional)) assertJson(request, Boolean(spec.upload));
  const actor = await requireUser();
  if (spec.access !== "signed-in") assertAllowed(actor, spec.access);
  consumeRequestLimit(`${actor.id}:${writes ? "write" : "read"}`, writes ? WRITE_LIMIT : READ_LIMIT);
  let body: unknown = undefined;
  if (spec.body) {
    if (upload) body = await upload.toBody(await readFormBody(request, upload.maxBytes, upload.tooLarge));
    else body = hasBody || !spec.bodyOptional ? await readJsonBody(request) : {};
    parseInput(spec.body, body);
  }
  const params = spec.params ? parseInput(spec.params, rawParams) : undefined;
  return spec.handle({
    actor,
    params: params as ParsedOf<PS>,
    body: body as BodyOf<S>,
    request,
    url: new URL(request.url),
  });
}

function requestHasBody(request: Request): boolean {
  // HTTP/1.1 marks a body by its length or by chunked encoding; without either there is none
  // (Next hands route handlers an empty stream rather than null then).
  const length = request.headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return request.headers.has("transfer-encoding");
}

function mediaType(request: Request): string | undefined {
  return request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
}

function assertJson(request: Request, uploads: boolean): void {
  if (mediaType(request) !== "application/json") {
    throw new AppError(
      "unsupported_media_type",
      uploads
        ? "Send the request body as JSON (Content-Type: application/json) or a file as multipart/form-data."
        : "Send the request body as JSON, with Content-Type: application/json.",
    );
  }
}

/** Turns any thrown error into the API's error shape; the one place that does so. */
export function toErrorResponse(error: unknown, requestId?: string): NextResponse {
  if (error instanceof AppError) {
    const response = NextResponse.json(toErrorBody(error), { status: error.status });
    const retryAfter = error.details?.retryAfterSeconds;
    if (typeof retryAfter === "number") response.headers.set("retry-after", String(retryAfter));
    return response;
  }
  console.error(`Unexpected error in API route (request ${requestId ?? "?"})`, error);
  return NextResponse.json(
    {
      error: {
        code: "internal",
        message: "Something went wrong on our side. Try again.",
        ...(requestId ? { requestId } : {}),
      },
    },
    { status: 500 },
  );
}
