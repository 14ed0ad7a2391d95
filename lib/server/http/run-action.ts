import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { requireUser } from "@/lib/server/auth/require-user";
import { parseInput } from "@/lib/validation/issues";
import type { Access } from "@/lib/server/http/endpoint";
import { requestContextFrom, runWithRequestContext } from "@/lib/server/http/request-context";
import { consumeRequestLimit, WRITE_LIMIT } from "@/lib/server/http/request-rate-limit";
import { assertSameOrigin } from "@/lib/server/http/same-origin";

export interface ActionSpec<S extends z.ZodType, R> {
  access: Access;
  input: S;
  handle(context: { actor: Actor; input: z.input<S> }): Promise<R>;
}

/**
 * The request pipeline for server actions, as `endpoint` is for API routes: the request's
 * metadata for the audit trail, the same-origin check, the actor, the permission, the
 * rate limit and the input's schema. Errors are thrown for the action to turn into what
 * its form shows (toActionError). Every exported server action runs through it
 * (tests/integration/security/pipeline-coverage.test.ts).
 */
export async function runAction<S extends z.ZodType, R>(
  spec: ActionSpec<S, R>,
  rawInput: unknown,
): Promise<R> {
  const requestHeaders = await headers();
  const context = requestContextFrom(requestHeaders);
  return runWithRequestContext(context, async () => {
    const host = requestHeaders.get("host") ?? "localhost";
    assertSameOrigin({ method: "POST", headers: requestHeaders, url: `http://${host}/` });
    const actor = await requireUser();
    if (spec.access !== "signed-in") assertAllowed(actor, spec.access);
    consumeRequestLimit(`${actor.id}:write`, WRITE_LIMIT);
    parseInput(spec.input, rawInput);
    return spec.handle({ actor, input: rawInput as z.input<S> });
  });
}
