import { expect, test } from "@playwright/test";
import { apiAs, createArticleViaApi } from "../fixtures/api";
import { expectSaved } from "../fixtures/editor";
import { storageStateOf } from "../fixtures/users";

test.use({ storageState: storageStateOf("editor") });

test("a save based on a stale version is refused plainly and the text is kept", async ({ page, baseURL }) => {
  const manager = await apiAs("manager", baseURL ?? "");
  const article = await createArticleViaApi(
    manager,
    "Conflict test",
    "First paragraph.\n\nSecond paragraph.",
  );
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator(".article-body")).toContainText("First paragraph.");

  // A colleague saves a newer version in the meantime.
  const newer = {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "Their version." }] }],
  };
  const put = await manager.put(`/api/v1/articles/${article.id}/document`, {
    data: { baseVersion: 1, doc: newer },
  });
  expect(put.status()).toBe(200);

  await page.locator(".article-body p").first().click();
  await page.keyboard.press("End");
  await page.keyboard.type(" My addition.");
  const alert = page.getByRole("alert").filter({ hasText: "Someone else saved this article" });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(page.locator(".article-body")).toContainText("My addition.");

  await alert.getByRole("button", { name: "Load the latest version" }).click();
  await expect(page.locator(".article-body")).toContainText("Their version.");
  await expect(page.getByRole("textbox", { name: "Your unsaved text" })).toHaveValue(/My addition\./);
  await expectSaved(page);
  await manager.dispose();
});
