import { expect, test } from "@playwright/test";
import { apiAs, createArticleViaApi } from "../fixtures/api";
import { expectSynced, highlight, selectText } from "../fixtures/editor";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";

test.use({ storageState: storageStateOf("editor") });

test("removing a claim is an explicit, confirmed act that keeps the record", async ({ page, baseURL }) => {
  const api = await apiAs("editor", baseURL ?? "");
  const article = await createArticleViaApi(api, "Remove test", "Turnout was 61 percent in 2019.");
  await api.dispose();
  await page.goto(`/articles/${article.id}`);
  await selectText(page, "61 percent");
  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expectSynced(page);

  const card = page.locator("[data-claim-card]", { hasText: "61 percent" });
  await card.getByRole("button", { name: "Remove claim" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Remove this claim?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(card).toBeVisible();

  await card.getByRole("button", { name: "Remove claim" }).click();
  await dialog.getByRole("button", { name: "Remove claim" }).click();
  await expect(card).toHaveCount(0);
  await expect(highlight(page, "61 percent")).toHaveCount(0);
  await expectSynced(page);
  const claim = await testDb.claim.findFirstOrThrow({ where: { articleId: article.id } });
  expect(claim.removedAt).not.toBeNull();
  expect(await testDb.auditEvent.count({ where: { claimId: claim.id, action: "claim.removed" } })).toBe(1);
});

test.describe("as a fact-checker", () => {
  test.use({ storageState: storageStateOf("checker") });

  test("can mark a claim but cannot change the wording", async ({ page, baseURL }) => {
    const api = await apiAs("editor", baseURL ?? "");
    const article = await createArticleViaApi(api, "Checker test", "Unemployment fell to 3.9 percent.");
    await api.dispose();
    await page.goto(`/articles/${article.id}`);
    await expect(page.getByText("Only editors and managers change its wording")).toBeVisible();
    await expect(page.getByRole("button", { name: "Bold" })).toHaveCount(0);

    await selectText(page, "3.9 percent");
    await page.keyboard.type("typed over");
    await expect(page.locator(".article-body")).toHaveText("Unemployment fell to 3.9 percent.");

    await selectText(page, "3.9 percent");
    await page.getByRole("button", { name: "Mark as claim" }).click();
    await expectSynced(page);
    const claim = await testDb.claim.findFirstOrThrow({ where: { articleId: article.id } });
    expect(claim.quote).toBe("3.9 percent");
  });
});
