import { expect, test, type Locator } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";
import { buildDocx, para, picture, run, table } from "../../tests/support/docx";

test.use({ storageState: storageStateOf("editor") });

const PLAIN = "What we know\n\n113 people died, officials said.";

/** A paste as the browser delivers one copied from Google Docs: HTML beside plain text. */
async function pasteInto(target: Locator, html: string, plain: string): Promise<void> {
  await target.evaluate(
    (element, [pastedHtml, pastedPlain]) => {
      const data = new DataTransfer();
      data.setData("text/html", pastedHtml);
      data.setData("text/plain", pastedPlain);
      element.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [html, plain] as const,
  );
}

test("an editor imports a Word file: the headline becomes the title, what was dropped is listed before opening", async ({
  page,
}) => {
  const docx = await buildDocx(
    [
      para("Herat convoy report", "Title"),
      para([run("The base was handed over "), run("at night", { bold: true }), run(".")]),
      table([["Date", "Event"]]),
      para([picture()]),
    ].join(""),
  );
  await page.goto("/articles/new");
  await page.getByLabel("Import a file (.docx, .html, .md, .txt)").setInputFiles({
    name: "herat.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(docx),
  });
  const held = page.getByRole("group", { name: "Document to import" });
  await expect(held).toContainText("herat.docx");
  await page.getByRole("button", { name: "Import and create article" }).click();

  const report = page.getByRole("region", { name: "“Herat convoy report” was created" });
  await expect(report).toContainText("1 image removed: articles hold text only.");
  await expect(report).toContainText("1 table flattened: each cell became a paragraph.");
  await report.getByRole("link", { name: "Open the article" }).click();

  await expect(page.getByRole("heading", { name: "Herat convoy report", level: 1 })).toBeVisible();
  await expect(page.locator(".article-body strong")).toHaveText("at night");
  await expect(page.locator(".article-body")).toContainText("Date");
  expect(await testDb.article.count({ where: { title: "Herat convoy report" } })).toBe(1);
});

test("a damaged .docx is refused with a clear message and nothing is created", async ({ page }) => {
  const before = await testDb.article.count();
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Broken upload");
  await page.getByLabel("Import a file (.docx, .html, .md, .txt)").setInputFiles({
    name: "broken.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from("this is not a zip"),
  });
  await page.getByRole("button", { name: "Import and create article" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "This file is not a Word document (.docx), whatever its name says.",
  );
  await expect(page.getByLabel("Title")).toHaveValue("Broken upload");
  expect(await testDb.article.count()).toBe(before);
});

test("text pasted from Google Docs keeps its bold and headings; it can be taken as plain text instead", async ({
  page,
}) => {
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Pasted from Docs");
  const html =
    '<b style="font-weight:normal" id="docs-internal-guid-x"><h2>What we know</h2><p><span style="font-weight:700">113 people</span><span style="font-weight:400"> died, officials said.</span></p></b>';
  await pasteInto(page.getByLabel("Article text"), html, PLAIN);
  const held = page.getByRole("group", { name: "Document to import" });
  await expect(held).toContainText("Formatted text pasted (8 words)");

  // Taken as plain text, it goes into the box as words.
  await held.getByRole("button", { name: "Paste as plain text instead" }).click();
  await expect(page.getByLabel("Article text")).toHaveValue(
    "What we know\n\n113 people died, officials said.",
  );
  await page.getByLabel("Article text").fill("");

  await pasteInto(page.getByLabel("Article text"), html, PLAIN);
  await page.getByRole("button", { name: "Import and create article" }).click();
  await expect(page.getByRole("heading", { name: "Pasted from Docs", level: 1 })).toBeVisible();
  await expect(page.locator(".article-body h2")).toHaveText("What we know");
  await expect(page.locator(".article-body strong")).toHaveText("113 people");
});
