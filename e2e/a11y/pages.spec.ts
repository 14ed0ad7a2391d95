import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("the sign-in page has no WCAG A/AA violations", async ({ page }) => {
  await page.goto("/login");
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateOf("editor") });

  for (const [name, path] of [
    ["desk", "/"],
    ["new article", "/articles/new"],
    ["settings", "/settings"],
  ] as const) {
    test(`the ${name} page has no WCAG A/AA violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }

  test("the first Tab stop skips the top bar to the page's content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("#content")).toBeFocused();
    // The next Tab lands in the page, not on the top bar's links.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => document.querySelector("header")?.contains(document.activeElement)),
    ).toBe(false);
  });

  test("the article workspace has no WCAG A/AA violations", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "The looming threat of ISKP in Afghanistan" }).click();
    await expect(page.locator(".article-body mark.claim").first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});
