// Runs before every request: the per-request CSP nonce and the security headers that
// depend on it or on the deployment (HSTS), and a 403 for a server action posted from
// another origin (Next itself would refuse it with a 500).
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import {
  API_CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  newNonce,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/server/http/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const env = getEnv();
  const https = isHttps(request, env.publicUrl);
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refused = refuseForeignAction(request);
    if (refused) return refused;
  }
  let response: NextResponse;
  if (request.nextUrl.pathname.startsWith("/api/")) {
    response = NextResponse.next();
    response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
  } else {
    const nonce = newNonce();
    const policy = contentSecurityPolicy(nonce, { development: env.nodeEnv === "development", https });
    // Next reads the nonce from the request's policy and puts it on the scripts it renders.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("content-security-policy", policy);
  }
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function refuseForeignAction(request: NextRequest): NextResponse | null {
  try {
    assertSameOrigin(request);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return new NextResponse(error.message, {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}

/** https when the public address says so, or the request came over https (our proxy says). */
function isHttps(request: NextRequest, publicUrl: string): boolean {
  if (publicUrl.startsWith("https:")) return true;
  return (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https";
}

export const config = {
  // Not for the build's static files: they carry the static headers of next.config.ts.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
