import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, USERS } from "../fixtures/users";

// The security review's two, and more, as the browser sends them.
const HOSTILE = [
  "%2F%5Cevil.test%2Fx",
  "%2F%09%2Fevil.test%2Fx",
  "%2F%2Fevil.test%2Fx",
  "%2F%0A%2Fevil.test%2Fx",
  "https%3A%2F%2Fevil.test%2Fx",
  "javascript%3Aalert(1)",
];

for (const callbackUrl of HOSTILE) {
  test(`sign-in with callbackUrl=${callbackUrl} stays on this site`, async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const offsite: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL!)) offsite.push(request.url());
    });
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(USERS.checker2);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Desk", exact: true })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(offsite).toEqual([]);
    await context.close();
  });
}

test("a same-site callbackUrl is kept", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/login?callbackUrl=${encodeURIComponent(`${baseURL}/queue`)}`);
  await page.getByLabel("Email").fill(USERS.checker2);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/queue$/);
  await context.close();
});

test("next-auth's own redirect after sign-in refuses another site", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const callbackUrl of ["/\\evil.test/x", "/\t/evil.test/x", "https://evil.test/x"]) {
    const response = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: USERS.checker2, password: DEMO_PASSWORD, callbackUrl, json: "true" },
    });
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).origin, callbackUrl).toBe(new URL(baseURL!).origin);
  }
  await api.dispose();
});
