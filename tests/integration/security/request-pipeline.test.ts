// The request pipeline's refusals that come before the actor is known (a browser on another
// origin, a body that is not JSON), its rate limit, and the request metadata it hands to the
// audit trail. What needs a signed-in browser is in e2e/security/request-pipeline.spec.ts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as createArticleRoute } from "@/app/api/v1/articles/route";
import { POST as createUserRoute } from "@/app/api/v1/admin/users/route";
import { DELETE as removeClaimRoute } from "@/app/api/v1/claims/[claimId]/route";
import { createArticle } from "@/lib/server/articles/create-article";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { runWithRequestContext, requestContextFrom } from "@/lib/server/http/request-context";
import { consumeRequestLimit, resetRequestLimits } from "@/lib/server/http/request-rate-limit";
import { hashEvent } from "@/lib/server/audit/hash-event";
import { exportAuditEvents } from "@/lib/server/audit/export-audit-events";
import { makeUser } from "@/tests/support/factories";

const NO_PARAMS = { params: Promise.resolve({}) };

function post(url: string, headers: Record<string, string>, body: unknown): Request {
  const text = JSON.stringify(body);
  return new Request(url, {
    method: "POST",
    headers: { host: "localhost:3000", "content-length": String(Buffer.byteLength(text)), ...headers },
    body: text,
  });
}

describe("a state-changing request from another origin", () => {
  const article = { title: "x", text: "y" };

  it("is refused with 403 when Origin names another site, and nothing is created", async () => {
    const before = await db.article.count();
    const response = await createArticleRoute(
      post(
        "http://localhost:3000/api/v1/articles",
        { origin: "http://evil.test", "content-type": "text/plain" },
        article,
      ),
      NO_PARAMS,
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/another site/);
    expect(await db.article.count()).toBe(before);
  });

  it("is refused when a sibling origin of the same site sends it (Sec-Fetch-Site: same-site)", async () => {
    const response = await createUserRoute(
      post(
        "http://localhost:3000/api/v1/admin/users",
        { origin: "http://localhost:4000", "sec-fetch-site": "same-site", "content-type": "text/plain" },
        { email: "mallory@evil.test", name: "Mallory", role: "MANAGER" },
      ),
      NO_PARAMS,
    );
    expect(response.status).toBe(403);
    expect(await db.user.count({ where: { email: "mallory@evil.test" } })).toBe(0);
  });

  it("is refused when the browser says cross-site even without an Origin", async () => {
    const response = await createArticleRoute(
      post(
        "http://localhost:3000/api/v1/articles",
        { "sec-fetch-site": "cross-site", "content-type": "application/json" },
        article,
      ),
      NO_PARAMS,
    );
    expect(response.status).toBe(403);
  });

  it("from this site's own origin gets past the origin and type checks", async () => {
    const response = await createArticleRoute(
      post(
        "http://localhost:3000/api/v1/articles",
        {
          origin: "http://localhost:3000",
          "sec-fetch-site": "same-origin",
          "content-type": "application/json",
        },
        { title: "x", text: "y" },
      ),
      NO_PARAMS,
    );
    // Outside Next there is no session to read, so it fails later; not with 403 or 415.
    expect([403, 415]).not.toContain(response.status);
  });
});

describe("a body that is not JSON", () => {
  for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
    it(`is refused with 415 (${type}), whatever it contains`, async () => {
      const response = await createUserRoute(
        post("http://localhost:3000/api/v1/admin/users", { "content-type": type }, { name: "x" }),
        NO_PARAMS,
      );
      expect(response.status).toBe(415);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });
  }

  it("is refused with 415 by a route that takes uploads unless it is a file upload", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded"]) {
      const response = await createArticleRoute(
        post("http://localhost:3000/api/v1/articles", { "content-type": type }, { title: "x", text: "y" }),
        NO_PARAMS,
      );
      expect(response.status).toBe(415);
      expect((await response.json()) as unknown).toMatchObject({
        error: { message: expect.stringContaining("multipart/form-data") as unknown },
      });
    }
    // An upload gets past the type check (outside Next there is no session, so it fails later).
    const upload = await createArticleRoute(
      post(
        "http://localhost:3000/api/v1/articles",
        { "content-type": "multipart/form-data; boundary=x" },
        {},
      ),
      NO_PARAMS,
    );
    expect(upload.status).not.toBe(415);
  });
});

describe("a route whose body is optional", () => {
  it("takes a request without a body and without a type (a browser's plain DELETE)", async () => {
    const response = await removeClaimRoute(
      new Request("http://localhost:3000/api/v1/claims/c1", {
        method: "DELETE",
        headers: { host: "localhost:3000" },
      }),
      { params: Promise.resolve({ claimId: "c1" }) },
    );
    // Outside Next there is no session to read, so it fails later; not for its missing body.
    expect([403, 415, 422]).not.toContain(response.status);
  });

  it("still wants JSON when a body is sent", async () => {
    const response = await removeClaimRoute(
      new Request("http://localhost:3000/api/v1/claims/c1", {
        method: "DELETE",
        headers: { host: "localhost:3000", "content-type": "text/plain", "content-length": "2" },
        body: "{}",
      }),
      { params: Promise.resolve({ claimId: "c1" }) },
    );
    expect(response.status).toBe(415);
  });
});

describe("the rate limit", () => {
  it("refuses a caller over its limit with 429 and when to retry, and counts callers apart", () => {
    resetRequestLimits();
    const policy = { limit: 5, windowMs: 60_000 };
    const now = 1_000_000;
    for (let i = 0; i < 5; i++) consumeRequestLimit("alice:write", policy, now);
    let refused: unknown;
    try {
      consumeRequestLimit("alice:write", policy, now + 10);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: "rate_limited", status: 429, details: { retryAfterSeconds: 60 } });
    expect(() => consumeRequestLimit("bob:write", policy, now + 10)).not.toThrow();
    // Two windows later the slate is clean.
    expect(() => consumeRequestLimit("alice:write", policy, now + 120_001)).not.toThrow();
  });
});

describe("request metadata in the audit trail", () => {
  it("names the request, address and browser on every event a request writes, and the chain covers them", async () => {
    const editor = await makeUser("EDITOR");
    const manager = await makeUser("MANAGER");
    const context = requestContextFrom(
      new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7", "user-agent": "Mozilla/5.0 Test" }),
    );
    const created = await runWithRequestContext(context, () =>
      createArticle({ title: "Request metadata", text: "One paragraph." }, editor),
    );
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "article.created", articleId: created.id },
    });
    // The last address is the one our own server (or proxy) wrote; the rest is the client's claim.
    expect(event.context).toEqual({
      requestId: context.requestId,
      ip: "198.51.100.7",
      userAgent: "Mozilla/5.0 Test",
    });
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
    // The export carries it, so an exported line re-hashes on its own.
    const exported = await new Response(
      exportAuditEvents({ articleId: created.id }, "jsonl", manager),
    ).text();
    const line = exported
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            seq: number;
            at: string;
            action: string;
            prevHash: string;
            hash: string;
            context?: unknown;
          },
      )
      .find((l) => l.seq === event.seq);
    expect(line?.context).toEqual(event.context);
    if (!line) throw new Error("event not exported");
    expect(hashEvent(line, line.prevHash)).toBe(line.hash);
    // Rewriting where a change came from breaks the event's hash.
    const forged = {
      ...event,
      context: { requestId: context.requestId, ip: "10.0.0.1", userAgent: "forged" },
    };
    expect(hashEvent(forged, event.prevHash)).not.toBe(event.hash);
  });

  it("leaves it out for what scripts and the system write", async () => {
    const editor = await makeUser("EDITOR");
    const created = await createArticle({ title: "From a script", text: "One paragraph." }, editor);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "article.created", articleId: created.id },
    });
    expect(event.context).toBeNull();
  });
});
