import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";

// The toolbar's hints and the link popover join the buttons once the editor has painted
// (so opening an article does not wait for them); they still work, by pointer and by
// keyboard, and a button focused at that moment keeps the focus.

test.use({ storageState: storageStateOf("editor") });

test("the formatting toolbar's hints and link popover work once the article is open", async ({ page }) => {
  const article = await testDb.article.findFirstOrThrow({
    where: { title: "The looming threat of ISKP in Afghanistan" },
  });
  await page.goto(`/articles/${article.id}`);
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  const bold = toolbar.getByRole("button", { name: "Bold" });
  await bold.focus();
  await expect(bold).toBeFocused();

  await toolbar.getByRole("button", { name: "Italic" }).hover();
  await expect(page.getByRole("tooltip")).toContainText(/Italic \((Ctrl\+I|⌘I)\)/);

  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Italic" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  const link = toolbar.getByRole("button", { name: "Link" });
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Link address")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Link address")).toHaveCount(0);
});
