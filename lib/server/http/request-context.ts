import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/server/rate-limit/client-address";

/**
 * Who sent the request a use case runs for: set by the request pipeline around every
 * API route and server action, read by the audit trail so that each event names the
 * request it came from without every use case passing it along.
 */
export interface RequestContext {
  requestId: string;
  /** The client's address (lib/server/rate-limit/client-address.ts); null when unknown. */
  ip: string | null;
  userAgent: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => Promise<T>): Promise<T> {
  return storage.run(context, work);
}

/** The current request's context, or undefined outside a request (scripts, the sweeper). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

const MAX_USER_AGENT = 300;

export function requestContextFrom(headers: Headers): RequestContext {
  const userAgent = headers.get("user-agent");
  return {
    requestId: randomUUID(),
    ip: clientAddress(headers, getEnv().proxyHops),
    userAgent: userAgent ? userAgent.slice(0, MAX_USER_AGENT) : null,
  };
}
