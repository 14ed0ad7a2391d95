import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { apiAs, createArticleViaApi } from "../fixtures/api";
import { testDb } from "../fixtures/db";

test.use({ viewport: { width: 1440, height: 900 } });

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("spikes an article after confirming, finds it under Spiked and restores it", async ({
    page,
    baseURL,
  }) => {
    const title = `Spike me ${randomUUID().slice(0, 6)}`;
    const api = await apiAs("editor", baseURL ?? "");
    const article = await createArticleViaApi(api, title, "The state fell in just 11 days.");

    await page.goto(`/articles/${article.id}`);
    await page.getByRole("button", { name: "Spike…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Spike this article?" });
    await dialog.getByLabel("Note (optional)").fill("Story dropped");
    await dialog.getByRole("button", { name: "Spike article" }).click();

    const banner = page.getByRole("region", { name: "Spiked article" });
    await expect(banner).toContainText("This article is spiked");
    await expect(page.getByRole("button", { name: "Spike…" })).toHaveCount(0);
    const row = await testDb.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.archivedAt).not.toBeNull();
    expect(
      await testDb.auditEvent.findFirst({ where: { articleId: article.id, action: "article.archived" } }),
    ).toMatchObject({ reason: "Story dropped" });
    // Read-only: a change through the API is refused with the reason.
    const refused = await api.post(`/api/v1/articles/${article.id}/transitions`, {
      data: { to: "IN_CHECK" },
    });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("article_spiked");

    // Off the desk; under "Spiked only".
    await page.goto(`/?q=${encodeURIComponent(title)}`);
    await expect(page.getByText(`No articles match title containing “${title}”.`)).toBeVisible();
    await page.getByLabel("Spiked only").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByRole("link", { name: title }).click();

    await page
      .getByRole("region", { name: "Spiked article" })
      .getByRole("button", { name: "Restore" })
      .click();
    await expect(page.getByRole("region", { name: "Spiked article" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Spike…" })).toBeVisible();
    expect((await testDb.article.findUniqueOrThrow({ where: { id: article.id } })).archivedAt).toBeNull();
    await api.dispose();
  });
});

test.describe("as a fact-checker", () => {
  test.use({ storageState: storageStateOf("checker") });

  test("cannot spike: no button, and the API refuses", async ({ page, baseURL }) => {
    const editorApi = await apiAs("editor", baseURL ?? "");
    const article = await createArticleViaApi(editorApi, `Keep me ${randomUUID().slice(0, 6)}`, "Text.");
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Spike…" })).toHaveCount(0);
    const refused = await page.request.post(`/api/v1/articles/${article.id}/archive`, { data: {} });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      "Only editors and managers can spike or restore an article.",
    );
    expect((await testDb.article.findUniqueOrThrow({ where: { id: article.id } })).archivedAt).toBeNull();
    await editorApi.dispose();
  });
});
