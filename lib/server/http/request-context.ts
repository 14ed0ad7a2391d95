import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * Who sent the request a use case runs for: set by the request pipeline around every
 * API route and server action, read by the audit trail so that each event names the
 * request it came from without every use case passing it along.
 */
export interface RequestContext {
  requestId: string;
  /** The client's address as the app sees it (see clientAddress); null when unknown. */
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
    ip: clientAddress(headers),
    userAgent: userAgent ? userAgent.slice(0, MAX_USER_AGENT) : null,
  };
}

/**
 * The client's address. `next start` fills `x-forwarded-for` with the socket's address
 * when the request has none; a reverse proxy in front appends the address it saw. The
 * last entry is therefore the one a party we run wrote (the socket, or our proxy); the
 * ones before it are whatever the client claimed.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return null;
  const last = forwarded.split(",").at(-1)?.trim() ?? "";
  return /^[0-9a-fA-F:.]{2,45}$/.test(last) ? last.replace(/^::ffff:/, "") : null;
}
