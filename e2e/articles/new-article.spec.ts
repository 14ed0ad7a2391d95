import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";

test.use({ storageState: storageStateOf("editor") });

test("an editor imports a Markdown file as a new article and lands in its workspace", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "New article" }).click();
  await page.getByLabel("Title").fill("Imported brief");
  await page.getByLabel("Import a file (.docx, .html, .md, .txt)").setInputFiles({
    name: "brief.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(
      "# Budget brief\n\nThe council spent **£4.2m** on roads <script>alert(1)</script>.\n",
    ),
  });
  await expect(page.getByLabel("Article text")).toHaveValue(/council spent/);
  await page.getByRole("button", { name: "Create article" }).click();

  await expect(page.getByRole("heading", { name: "Imported brief", level: 1 })).toBeVisible();
  await expect(page.locator(".article-body h1")).toHaveText("Budget brief");
  await expect(page.locator(".article-body strong")).toHaveText("£4.2m");
  // Markup in an import stays text.
  await expect(page.locator(".article-body")).toContainText("<script>alert(1)</script>");
  expect(await testDb.article.count({ where: { title: "Imported brief" } })).toBe(1);
});

test("an imported Markdown file gives an empty title its heading, which leaves the body; a .txt its name", async ({
  page,
}) => {
  await page.goto("/articles/new");
  await page.getByLabel("Import a file (.docx, .html, .md, .txt)").setInputFiles({
    name: "budget-brief.md",
    mimeType: "text/markdown",
    buffer: Buffer.from("# Council budget, March\n\nThe council spent £4.2m on roads.\n"),
  });
  await expect(page.getByLabel("Title")).toHaveValue("Council budget, March");
  await expect(page.getByLabel("Article text")).toHaveValue("The council spent £4.2m on roads.\n");
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("heading", { name: "Council budget, March", level: 1 })).toBeVisible();
  await expect(page.locator(".article-body h1")).toHaveCount(0);

  await page.goto("/articles/new");
  await page.getByLabel("Import a file (.docx, .html, .md, .txt)").setInputFiles({
    name: "turnout_2019-notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Turnout was 61 percent.\n"),
  });
  await expect(page.getByLabel("Title")).toHaveValue("Turnout 2019 notes");
});

test("an empty form is refused with the reason beside each field", async ({ page }) => {
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("   ");
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByText("Give the article a title.")).toBeVisible();
  await expect(page.getByText("Paste the article text or choose a file.")).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new/);
});
