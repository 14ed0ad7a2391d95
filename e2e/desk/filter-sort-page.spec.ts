import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf, USERS } from "../fixtures/users";
import { testDb } from "../fixtures/db";

test.use({ storageState: storageStateOf("checker"), viewport: { width: 1440, height: 900 } });

const DOC = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Body." }] }] };

test("the desk filters by title and status, sorts by a column and pages, all in the URL", async ({
  page,
}) => {
  const tag = `Desk${randomUUID().slice(0, 6)}`;
  const editor = await testDb.user.findUniqueOrThrow({ where: { email: USERS.editor } });
  // 52 drafts and one article in check, all with the tag in their titles.
  await testDb.article.createMany({
    data: Array.from({ length: 52 }, (_, i) => ({
      title: `${tag} draft ${String(i).padStart(2, "0")}`,
      doc: DOC,
      createdById: editor.id,
      updatedById: editor.id,
    })),
  });
  await testDb.article.create({
    data: {
      title: `${tag} checked`,
      status: "IN_CHECK",
      doc: DOC,
      createdById: editor.id,
      updatedById: editor.id,
    },
  });

  await page.goto("/");
  const filters = page.getByRole("search", { name: "Filter articles" });
  await filters.getByLabel("Title").fill(tag.toLowerCase());
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${tag.toLowerCase()}`));
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(50);

  // Sorted by title: the button in the header, its state in aria-sort, the sort in the URL.
  const titleHeader = page.getByRole("columnheader", { name: "Title" });
  await titleHeader.getByRole("button").click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(titleHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(rows.first()).toContainText(`${tag} checked`);
  await expect(rows.nth(1)).toContainText(`${tag} draft 00`);

  // The next page holds the three left; Previous comes back to the first.
  const pager = page.getByRole("navigation", { name: "Desk pages" });
  await pager.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(rows).toHaveCount(3);
  await expect(rows.last()).toContainText(`${tag} draft 51`);
  await expect(pager.getByRole("button", { name: "Next page" })).toBeDisabled();
  await pager.getByRole("link", { name: "Previous page" }).click();
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText(`${tag} checked`);

  // Descending, then Back returns to ascending: the URL is the view.
  await titleHeader.getByRole("button").click();
  await expect(titleHeader).toHaveAttribute("aria-sort", "descending");
  await expect(rows.first()).toContainText(`${tag} draft 51`);
  await page.goBack();
  await expect(titleHeader).toHaveAttribute("aria-sort", "ascending");

  // A status filter; then one that matches nothing says which filters are on.
  await filters.getByLabel("In check").check();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=IN_CHECK/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${tag} checked`);
  await filters.getByLabel("Cleared").check();
  await filters.getByLabel("In check").uncheck();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(
    page.getByText(`No articles match title containing “${tag.toLowerCase()}”; status Cleared.`),
  ).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Clear filters" }).last().click();
  await expect(page).toHaveURL(/\/$/);

  // A link reproduces a view; From after To is pointed out, not an empty result.
  await page.goto(`/?q=${tag}&sort=-title&status=DRAFT`);
  await expect(rows.first()).toContainText(`${tag} draft 51`);
  await page.goto("/?from=2026-05-02&to=2026-05-01");
  // (Next's route announcer is an alert too.)
  await expect(page.getByRole("alert").filter({ hasText: "These filters cannot be applied" })).toContainText(
    "The From date is after the To date",
  );
});
