import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";

test.use({ storageState: storageStateOf("manager") });

test("a manager finds a claim's history by its words, and is told when the dates cannot match", async ({
  page,
}) => {
  await page.goto("/audit");
  await page.getByLabel("Claim", { exact: true }).fill("bagram");
  await page.getByLabel("Claim", { exact: true }).press("Enter");
  await expect(page).toHaveURL(/claim=bagram/);
  const rows = page.getByRole("row").filter({ hasText: "“Americans vacated the Bagram base”" });
  await expect(rows.first()).toBeVisible();
  // Every event listed is that claim's.
  const claimCells = page.locator("tbody tr td:last-child");
  const count = await claimCells.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++)
    await expect(claimCells.nth(i)).toHaveText("“Americans vacated the Bagram base”");

  await page.goto("/audit?from=2026-12-05&to=2026-12-01");
  const alert = page.getByRole("alert").filter({ hasText: "From date" });
  await expect(alert).toContainText(
    "The From date (2026-12-05) is after the To date (2026-12-01), so no event can match.",
  );
  await expect(page.getByText("No events match these filters.")).toHaveCount(0);
  await alert.getByRole("button", { name: "Swap the dates" }).click();
  await expect(page).toHaveURL(/from=2026-12-01&to=2026-12-05/);
  await expect(alert).toHaveCount(0);
});
