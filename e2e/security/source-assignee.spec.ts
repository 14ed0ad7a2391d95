// Issue 9 §5 in the browser: the source controls follow the server's assignee rule, a
// checker cannot un-flag a sensitive source, and an editor's page never shows one.
import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type Page,
} from "@playwright/test";
import { apiAs, createArticleViaApi, docWithClaim } from "../fixtures/api";
import { storageStateOf, type DemoRole } from "../fixtures/users";
import { testDb } from "../fixtures/db";

const COLLEAGUES =
  "This claim is assigned to another fact-checker: only they or a manager add, edit or remove its sources.";

async function open(browser: Browser, role: DemoRole, articleId: string, claimId: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}?claim=${claimId}`);
  await expect(page.locator(".article-body")).toBeVisible();
  return page;
}

const card = (page: Page) => page.locator("[data-claim-card]", { hasText: "11 days" }).first();

async function json(response: Promise<APIResponse>, status: number) {
  const r = await response;
  expect(r.status(), await r.text()).toBe(status);
  return (await r.json()) as Record<string, unknown>;
}

test("only the assignee sees and uses the source controls; editors never see a sensitive source", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const api: Record<DemoRole, APIRequestContext> = {
    editor: await apiAs("editor", baseURL ?? ""),
    checker: await apiAs("checker", baseURL ?? ""),
    checker2: await apiAs("checker2", baseURL ?? ""),
    manager: await apiAs("manager", baseURL ?? ""),
  };
  const article = await createArticleViaApi(
    api.editor,
    `Sources story ${Date.now()}`,
    "The state collapsed in just 11 days, the author says.",
  );
  const claimId = crypto.randomUUID();
  await json(
    api.editor.put(`/api/v1/articles/${article.id}/document`, {
      data: {
        baseVersion: 1,
        doc: docWithClaim("The state collapsed in just ", "11 days", ", the author says.", claimId),
      },
    }),
    200,
  );
  const checker = await testDb.user.findUniqueOrThrow({ where: { email: "checker@claimdesk.test" } });
  await json(
    api.manager.post(`/api/v1/claims/${claimId}/transitions`, {
      data: { to: "RESEARCHING", assigneeId: checker.id },
    }),
    200,
  );
  await json(
    api.checker.post(`/api/v1/claims/${claimId}/sources`, {
      data: { url: "https://example.org/report", title: "Public report" },
    }),
    201,
  );
  const secret = await json(
    api.checker.post(`/api/v1/claims/${claimId}/sources`, {
      data: { url: "https://example.org/memo", title: "Whistleblower memo", sensitive: true },
    }),
    201,
  );

  // A second checker reads the evidence but has no control over it, and is told why.
  const second = await open(browser, "checker2", article.id, claimId);
  await expect(card(second).getByRole("link", { name: /Whistleblower memo/ })).toBeVisible();
  await expect(card(second).getByText(COLLEAGUES)).toBeVisible();
  await expect(card(second).getByRole("button", { name: "Add source" })).toHaveCount(0);
  await expect(card(second).getByRole("button", { name: /^Edit source/ })).toHaveCount(0);
  await expect(card(second).getByRole("button", { name: /^Remove source/ })).toHaveCount(0);
  // And the server refuses what the page leaves out.
  const refused = await json(
    api.checker2.patch(`/api/v1/sources/${String(secret.id)}`, { data: { sensitive: false } }),
    403,
  );
  expect(refused).toMatchObject({ error: { code: "forbidden", message: COLLEAGUES } });

  // The assignee has the controls, but cannot un-flag the sensitive source.
  const assignee = await open(browser, "checker", article.id, claimId);
  await expect(card(assignee).getByRole("button", { name: "Add source" })).toBeVisible();
  await card(assignee).getByRole("button", { name: "Edit source: Whistleblower memo" }).click();
  await expect(card(assignee).getByRole("checkbox", { name: "Sensitive" })).toBeChecked();
  await expect(card(assignee).getByRole("checkbox", { name: "Sensitive" })).toBeDisabled();
  await expect(card(assignee).getByText("Only a manager can un-flag it.")).toBeVisible();

  // The editor's card shows the public source only; the API answer holds no trace of the other.
  const editor = await open(browser, "editor", article.id, claimId);
  await expect(card(editor).getByRole("link", { name: /Public report/ })).toBeVisible();
  await expect(card(editor)).not.toContainText("Whistleblower");
  await expect(card(editor).getByRole("button", { name: "Add source" })).toHaveCount(0);
  const detail = await (await api.editor.get(`/api/v1/claims/${claimId}`)).text();
  const timeline = await (await api.editor.get(`/api/v1/claims/${claimId}/timeline`)).text();
  expect(`${detail}${timeline}`).not.toContain(String(secret.id));
  expect(`${detail}${timeline}`).not.toContain("Whistleblower");

  for (const context of Object.values(api)) await context.dispose();
});
