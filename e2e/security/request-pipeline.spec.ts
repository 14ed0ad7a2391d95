import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { testDb } from "../fixtures/db";
import { storageStateOf } from "../fixtures/users";

test.use({ storageState: storageStateOf("manager") });

/** A page on a sibling origin of the same site (another port on localhost). */
async function siblingSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test("a page on a sibling origin cannot make a signed-in manager's browser create an account", async ({
  page,
  baseURL,
}) => {
  const email = `mallory-${Date.now()}@evil.test`;
  const body = JSON.stringify({
    email,
    name: "Mallory",
    role: "MANAGER",
    password: "correct horse battery staple",
  });
  const site = await siblingSite(`<!doctype html><title>cats</title><script>
    fetch(${JSON.stringify(`${baseURL}/api/v1/admin/users`)}, {
      method: "POST", mode: "no-cors", credentials: "include",
      headers: { "content-type": "text/plain" }, body: ${JSON.stringify(body)},
    }).finally(() => { document.title = "sent"; });
  </script>`);
  try {
    await page.goto(site.url);
    await expect(page).toHaveTitle("sent");
  } finally {
    await site.close();
  }
  expect(await testDb.user.count({ where: { email } })).toBe(0);
});

test("the API refuses another origin (403) and a body that is not JSON (415), and creates nothing", async ({
  page,
}) => {
  const before = await testDb.article.count();
  const foreign = await page.request.post("/api/v1/articles", {
    headers: { origin: "http://evil.test", "content-type": "text/plain" },
    data: JSON.stringify({ title: "x", text: "y" }),
  });
  expect(foreign.status()).toBe(403);
  const plain = await page.request.post("/api/v1/articles", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ title: "x", text: "y" }),
  });
  expect(plain.status()).toBe(415);
  expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(/application\/json/);
  expect(await testDb.article.count()).toBe(before);
});

test("every answer names its request, is not cached, and the audit trail records where a change came from", async ({
  page,
}) => {
  const email = `new-checker-${Date.now()}@claimdesk.test`;
  const created = await page.request.post("/api/v1/admin/users", {
    data: { email, name: "New Checker", role: "CHECKER", password: "a long enough password 1" },
    headers: { "user-agent": "Claimdesk e2e" },
  });
  expect(created.status()).toBe(201);
  const requestId = created.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(created.headers()["cache-control"]).toBe("no-store");

  const audit = await page.request.get("/api/v1/audit?action=user.created");
  const { events } = (await audit.json()) as {
    events: {
      after: { email?: string } | null;
      context: { requestId: string; ip: string | null; userAgent: string } | null;
    }[];
  };
  const event = events.find((e) => e.after?.email === email);
  expect(event?.context).toMatchObject({ requestId, userAgent: "Claimdesk e2e" });
  expect(event?.context?.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
});

test("a server action posted from another origin is refused with 403", async ({ page }) => {
  const response = await page.request.post("/articles/new", {
    headers: { origin: "http://evil.test", "next-action": "0".repeat(40), "content-type": "text/plain" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});
