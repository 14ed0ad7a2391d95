import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { openDemoArticle } from "../fixtures/demo";

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

  test("the formatting toolbar is one Tab stop, moved through with the arrow keys", async ({ page }) => {
    await openDemoArticle(page);
    const toolbar = page.getByRole("toolbar", { name: "Formatting" });
    await expect(toolbar.getByRole("button", { name: "Bold" })).toBeVisible();
    // At most one of its buttons is in the Tab order (the toolbar hands focus to it).
    const tabbableButtons = () =>
      toolbar.evaluate((el) => [...el.querySelectorAll("button")].filter((b) => b.tabIndex >= 0).length);
    expect(await tabbableButtons()).toBeLessThanOrEqual(1);
    await toolbar.getByRole("button", { name: "Bold" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(toolbar.getByRole("button", { name: "Italic" })).toBeFocused();
    await page.keyboard.press("End");
    await expect(toolbar.getByRole("button", { name: "Mark as claim" })).toBeFocused();
    await page.keyboard.press("Home");
    await expect(toolbar.getByRole("button", { name: "Bold" })).toBeFocused();
    expect(await tabbableButtons()).toBe(1);
    // Tab leaves the toolbar instead of walking its buttons; Shift+Tab comes back to the one it left.
    await page.keyboard.press("Tab");
    expect(await toolbar.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    await page.keyboard.press("Shift+Tab");
    await expect(toolbar.getByRole("button", { name: "Bold" })).toBeFocused();
  });

  test("the article workspace has no WCAG A/AA violations", async ({ page }) => {
    await openDemoArticle(page);
    await expect(page.locator(".article-body mark.claim").first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });
});
