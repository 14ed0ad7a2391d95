import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";
import { openDemoArticle } from "../fixtures/demo";

test.describe("as a manager", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("verifies the chain, filters by action and opens an event's before and after", async ({ page }) => {
    await page.goto("/audit");
    await page.getByRole("button", { name: "Verify chain" }).click();
    const total = await testDb.auditEvent.count();
    await expect(page.getByText(/Chain intact: \d+ events checked/)).toBeVisible();
    expect(total).toBeGreaterThan(10);

    const newest = await testDb.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    await page.getByRole("button", { name: `Event ${newest.seq}: show details` }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(newest.hash);
    await page.keyboard.press("Escape");

    const response = await page.request.get("/api/v1/audit/export?format=jsonl");
    expect(response.status()).toBe(200);
    const lines = (await response.text()).trim().split("\n");
    expect(lines.length).toBe(await testDb.auditEvent.count());
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("sees a claim's story on its card but not the audit explorer", async ({ page }) => {
    await openDemoArticle(page);
    await page.getByRole("button", { name: /Go to claim: over 113 people/ }).click();
    const timeline = page.getByRole("list", { name: "Claim timeline" });
    await expect(timeline).toContainText("Misleading");
    await expect(timeline.getByRole("listitem").first()).toBeVisible();

    await page.goto("/audit");
    await expect(page.getByText("Only managers can read the audit trail.")).toBeVisible();
    expect((await page.request.get("/api/v1/audit")).status()).toBe(403);
  });
});
