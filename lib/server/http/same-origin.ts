import "server-only";
import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that a browser sent from another origin (403),
 * sibling origins of the same site included: a cookie is sent with those, so without
 * this a page elsewhere could act for a signed-in user. Browsers mark every request with
 * `Sec-Fetch-Site` and every non-GET request with `Origin`; a client that sends neither
 * (curl, a script) carries no browser's cookies by accident and passes.
 */
export function assertSameOrigin(request: { method: string; headers: Headers; url: string }): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") throw crossOrigin();
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (!ownOrigins(request).has(origin)) throw crossOrigin();
}

/** The origins this app answers on: the address it was reached at, as the Host header says. */
function ownOrigins(request: { headers: Headers; url: string }): Set<string> {
  const origins = new Set<string>();
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  if (host) {
    origins.add(`${proto}://${host}`);
    // Behind a TLS-terminating proxy that does not say so, the browser's origin is https.
    origins.add(`https://${host}`);
  }
  origins.add(new URL(request.url).origin);
  return origins;
}

function crossOrigin(): AppError {
  return new AppError(
    "forbidden",
    "This request came from another site. Claimdesk only accepts changes made from its own pages.",
  );
}
