import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { openDemoArticle } from "../fixtures/demo";

// Records every CSP violation the browser reports, from the first script on.
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    )),
    ...consoleErrors,
  ];
}

test("the sign-in page sends a nonce CSP, runs its own scripts and reports no violation", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const response = await page.goto("/login");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toMatch(/frame-ancestors 'none'/);
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers()["referrer-policy"]).toBe("same-origin");
  // Hydrated: the form reacts (React's handler shows the field error instead of a reload).
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await violations()).toEqual([]);
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("walking the app reports no CSP violation, on every page", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of ["/", "/queue", "/review", "/articles/new", "/audit", "/admin"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      expect(response?.headers()["content-security-policy"], path).toMatch(/'nonce-/);
      await expect(page.getByRole("main")).toBeVisible();
    }
    await openDemoArticle(page);
    await expect(page.locator(".article-body mark.claim").first()).toBeVisible();
    // The live connection and a claim card work under the policy too.
    await expect(page.getByText(/synced/i).first()).toBeVisible();
    await page.locator(".article-body mark.claim").first().click();
    expect(await violations()).toEqual([]);
  });

  test("a script injected into a page's HTML does not run, while the page's own scripts do", async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await page.route("**/queue", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        "<body",
        "<script>window.__injected = true;</script><body",
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto("/queue");
    await expect(page.getByRole("main")).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
    ).toBeUndefined();
    expect((await violations()).join("\n")).toMatch(/script-src/);
    // The page's own, nonced scripts ran: React hydrated and handles navigation.
    await page
      .getByRole("link", { name: /desk|articles/i })
      .first()
      .click();
    await expect(page).not.toHaveURL(/\/queue$/);
  });
});
