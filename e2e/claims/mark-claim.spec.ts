import { expect, test } from "@playwright/test";
import { apiAs, createArticleViaApi } from "../fixtures/api";
import { expectSynced, highlight, selectText } from "../fixtures/editor";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";
import { DEMO_TITLE, openDemoArticle } from "../fixtures/demo";

test.describe("marking a claim in the demo article", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("an editor marks “11 days”; it survives a reload and a colleague sees it", async ({
    page,
    browser,
  }) => {
    await openDemoArticle(page);
    await expect(page.getByRole("heading", { name: DEMO_TITLE, level: 1 }).first()).toBeVisible();
    // The seeded claims are there, overlapping ones included.
    const panel = page.getByRole("complementary", { name: "Claims" });
    await expect(panel.getByRole("button", { name: /Go to claim: 13 US servicemen/ })).toBeVisible();

    const before = await panel.locator("[data-claim-card]").count();
    await selectText(page, "11 days");
    await page.getByRole("button", { name: "Mark as claim" }).click();
    await expect(panel.getByRole("button", { name: "Go to claim: 11 days", exact: true })).toBeVisible();
    await expectSynced(page);
    await expect(panel.locator("[data-claim-card]")).toHaveCount(before + 1);

    // Other specs mark "11 days" in their own articles: this one is the demo's.
    const articleId = new URL(page.url()).pathname.split("/").pop();
    const claim = await testDb.claim.findFirst({ where: { articleId, quote: "11 days", removedAt: null } });
    expect(claim).not.toBeNull();
    expect(claim?.status).toBe("OPEN");

    await page.reload();
    await expect(page.locator(`.article-body mark[data-claim-id="${claim?.id}"]`)).toHaveText("11 days");
    await expect(panel.getByRole("button", { name: "Go to claim: 11 days", exact: true })).toBeVisible();

    const colleague = await browser.newContext({ storageState: storageStateOf("checker") });
    const other = await colleague.newPage();
    await openDemoArticle(other);
    await expect(other.locator(`.article-body mark[data-claim-id="${claim?.id}"]`)).toHaveText("11 days");
    await expect(
      other
        .getByRole("complementary", { name: "Claims" })
        .getByRole("button", { name: "Go to claim: 11 days", exact: true }),
    ).toBeVisible();
    await colleague.close();
  });

  test("clicking a highlight selects its card; clicking a card flashes its text", async ({ page }) => {
    await openDemoArticle(page);
    await highlight(page, "Americans vacated the Bagram base").first().click();
    const card = page.locator("[data-claim-card]", { hasText: "Americans vacated the Bagram base" });
    await expect(card).toHaveAttribute("aria-current", "true");

    await page.getByRole("button", { name: /Go to claim: Amrullah Saleh/ }).click();
    await expect(page.locator(".article-body .claim-flash")).toContainText("Amrullah Saleh");
  });

  test("the keyboard shortcut marks a claim too", async ({ page }) => {
    await openDemoArticle(page);
    await selectText(page, "Haqqani Network");
    await page.keyboard.press("Control+Alt+m");
    await expect(
      page
        .getByRole("complementary", { name: "Claims" })
        .getByRole("button", { name: "Go to claim: Haqqani Network", exact: true }),
    ).toBeVisible();
    await expectSynced(page);
  });
});

test.describe("marking the same words twice", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("asks first: Cancel keeps one claim, 'Mark a second claim' makes two", async ({ page, baseURL }) => {
    const api = await apiAs("editor", baseURL ?? "");
    const article = await createArticleViaApi(api, "Twice marked", "Turnout was 61 percent in 2019.");
    await api.dispose();
    await page.goto(`/articles/${article.id}`);
    await selectText(page, "61 percent");
    await page.getByRole("button", { name: "Mark as claim" }).click();
    await expect(highlight(page, "61 percent")).toHaveCount(1);

    await selectText(page, "61 percent");
    await page.getByRole("button", { name: "Mark as claim" }).click();
    const ask = page.getByRole("alertdialog", { name: "These words are already a claim" });
    await expect(ask).toContainText("“61 percent” is already marked as a claim.");
    await ask.getByRole("button", { name: "Cancel" }).click();
    await expectSynced(page);
    expect(await testDb.claim.count({ where: { articleId: article.id } })).toBe(1);

    await selectText(page, "61 percent");
    await page.getByRole("button", { name: "Mark as claim" }).click();
    await ask.getByRole("button", { name: "Mark a second claim" }).click();
    await expectSynced(page);
    await expect.poll(() => testDb.claim.count({ where: { articleId: article.id } })).toBe(2);
  });
});
