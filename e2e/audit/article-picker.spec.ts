// The audit explorer's Article filter asks the server as you type, so it finds any of many
// articles (here the 150th of 150 sharing a word, which the old list of the first 100 titles
// could not offer), by keyboard, and shows the chosen title again when the URL names it.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, USERS } from "../fixtures/users";
import { apiAs, createArticleViaApi } from "../fixtures/api";
import { testDb } from "../fixtures/db";

test.use({ storageState: storageStateOf("manager") });

/** Axe finds no WCAG A/AA violation, and nothing runs off the side of the screen. */
async function expectCleanPage(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "the page is wider than the screen").toBeLessThanOrEqual(0);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`finds the 150th of 150 articles as you type, by keyboard (${viewport.width} px)`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize(viewport);
    const tag = `Pick${randomUUID().slice(0, 6)}`;
    const editor = await testDb.user.findUniqueOrThrow({ where: { email: USERS.editor } });
    await testDb.article.createMany({
      data: Array.from({ length: 149 }, (_, i) => ({
        title: `${tag} report ${String(i + 1).padStart(3, "0")}`,
        doc: { type: "doc", content: [{ type: "paragraph" }] },
        createdById: editor.id,
        updatedById: editor.id,
      })),
    });
    // The last by title, created through the app so the trail has its event.
    const api = await apiAs("editor", baseURL ?? "");
    const last = await createArticleViaApi(api, `${tag} zulu last of all`, "The last one.");
    await api.dispose();

    await page.goto("/audit");
    const picker = page.getByRole("combobox", { name: "Article", exact: true });
    const list = page.getByRole("listbox", { name: "Articles" });
    await picker.fill(`${tag.toLowerCase()} ZULU`);
    const option = list.getByRole("option", { name: `${tag} zulu last of all` });
    await expect(option).toBeVisible();
    await picker.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await expectCleanPage(page);
    await picker.press("Enter");
    await expect(page).toHaveURL(new RegExp(`articleId=${last.id}`));
    await expect(picker).toHaveValue(`${tag} zulu last of all`);
    await expect(page.getByRole("row").filter({ hasText: "Article created" }).first()).toBeVisible();

    // A link with the id shows the title, not the id.
    await page.reload();
    await expect(picker).toHaveValue(`${tag} zulu last of all`);

    // Nothing matches: said so; Escape closes the list and puts the chosen title back.
    await picker.fill(`${tag} nothing like this`);
    await expect(page.getByText(`No article matches “${tag} nothing like this”.`)).toBeVisible();
    await picker.press("Escape");
    await expect(list).toHaveCount(0);
    await expect(picker).toHaveValue(`${tag} zulu last of all`);

    // Many matches: the first ten by title, and the arrows wrap round.
    await picker.fill(tag);
    await expect(list.getByRole("option")).toHaveCount(10);
    await picker.press("ArrowUp");
    await expect(list.getByRole("option", { name: `${tag} report 010` })).toHaveAttribute(
      "aria-selected",
      "true",
    );

    // Clearing the filter shows every article's events again.
    await picker.press("Escape");
    await page.getByRole("button", { name: "All articles (clear the article filter)" }).click();
    await expect(page).not.toHaveURL(/articleId=/);
    await expect(picker).toHaveValue("");
  });
}
