// What proxy.ts adds to every answer: a CSP with a fresh nonce and no inline scripts
// without it, the API's own policy, HSTS when the public address is https, and a 403 for
// a server action posted from another origin. The browser side (no violations while
// walking the app, an injected script not running) is e2e/security/content-security-policy.spec.ts.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

function get(path: string, headers: Record<string, string> = {}): NextRequest {
  return new NextRequest(`http://localhost:3000${path}`, { headers: { host: "localhost:3000", ...headers } });
}

function scriptSources(policy: string): string[] {
  const directive = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  return directive.trim().split(/\s+/).slice(1);
}

describe("the Content-Security-Policy of a page", () => {
  it("allows scripts only with this response's nonce, never 'unsafe-inline', and no framing", () => {
    const policy = proxy(get("/articles/x")).headers.get("content-security-policy") ?? "";
    const sources = scriptSources(policy);
    expect(sources.some((s) => /^'nonce-[A-Za-z0-9+/=]{20,}'$/.test(s))).toBe(true);
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/base-uri 'self'/);
  });

  it("has a new nonce for every request", () => {
    const nonces = new Set(
      Array.from({ length: 5 }, () => {
        const policy = proxy(get("/")).headers.get("content-security-policy") ?? "";
        return scriptSources(policy).find((s) => s.startsWith("'nonce-"));
      }),
    );
    expect(nonces.size).toBe(5);
  });

  it("hands the nonce to the page's render (the request header Next reads)", () => {
    const response = proxy(get("/login"));
    const policy = response.headers.get("content-security-policy") ?? "";
    // NextResponse.next({request: {headers}}) forwards overridden request headers this way.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });
});

describe("API answers", () => {
  it("carry a policy that runs and frames nothing", () => {
    expect(proxy(get("/api/v1/articles")).headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });
});

describe("HSTS", () => {
  it("is sent when the public address is https", () => {
    const response = proxy(get("/", { "x-forwarded-proto": "https" }));
    expect(response.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
    expect(response.headers.get("content-security-policy")).toMatch(/upgrade-insecure-requests/);
  });

  it("is not sent over plain http (a browser would ignore it, and local use must keep working)", () => {
    expect(proxy(get("/")).headers.get("strict-transport-security")).toBeNull();
  });
});

describe("a server action posted from another origin", () => {
  it("is refused with 403, not a 500", async () => {
    const request = new NextRequest("http://localhost:3000/articles/new", {
      method: "POST",
      headers: { host: "localhost:3000", origin: "http://evil.test", "next-action": "abc123" },
      body: "x",
    });
    const response = proxy(request);
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/another site/);
  });

  it("from this site passes on to the action", () => {
    const request = new NextRequest("http://localhost:3000/articles/new", {
      method: "POST",
      headers: { host: "localhost:3000", origin: "http://localhost:3000", "next-action": "abc123" },
      body: "x",
    });
    expect(proxy(request).status).toBe(200);
  });
});
