import { expect, test } from "@playwright/test";
import { apiAs, createArticleViaApi, docWithClaim } from "../fixtures/api";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";

test.use({ storageState: storageStateOf("manager") });

test("a manager hands a claim in research to another fact-checker and moves its due date", async ({
  page,
  baseURL,
}) => {
  const editor = await apiAs("editor", baseURL ?? "");
  const article = await createArticleViaApi(editor, "Reassign story", "Turnout was 61 percent.");
  const claimId = crypto.randomUUID();
  const doc = docWithClaim("Turnout was ", "61 percent", ".", claimId);
  expect(
    (await editor.put(`/api/v1/articles/${article.id}/document`, { data: { baseVersion: 1, doc } })).status(),
  ).toBe(200);
  await editor.dispose();
  const checker = await testDb.user.findUniqueOrThrow({ where: { email: "checker@claimdesk.test" } });
  const manager = await apiAs("manager", baseURL ?? "");
  expect(
    (
      await manager.post(`/api/v1/claims/${claimId}/transitions`, {
        data: { to: "RESEARCHING", assigneeId: checker.id, dueAt: "2030-01-15" },
      })
    ).status(),
  ).toBe(200);
  await manager.dispose();

  await page.goto(`/articles/${article.id}?claim=${claimId}`);
  const card = page.locator("[data-claim-card]", { hasText: "61 percent" }).first();
  await expect(card).toContainText("Chris Checker");
  await card.getByRole("button", { name: "Reassign…" }).click();
  const form = card.getByRole("form", { name: "Reassign claim" });
  await form.getByLabel("Assignee").selectOption({ label: "Kim Checker (fact-checker)" });
  await form.getByLabel("Due date").fill("2030-02-01");
  await form.getByRole("button", { name: "Save assignment" }).click();
  await expect(form).toHaveCount(0);
  await expect(card).toContainText("Kim Checker");
  await expect(card).toContainText("1 Feb 2030");
  await expect(card.getByRole("button", { name: "Reassign…" })).toBeVisible();
  await expect(card.getByRole("list", { name: "Claim timeline" })).toContainText(
    "Assigned to Kim Checker, due 1 Feb 2030",
  );

  const row = await testDb.claim.findUniqueOrThrow({ where: { id: claimId }, include: { assignee: true } });
  expect(row.assignee?.name).toBe("Kim Checker");
  expect(row.status).toBe("RESEARCHING");

  // A fact-checker sees no such button, and the API refuses them.
  const checkerApi = await apiAs("checker", baseURL ?? "");
  expect((await checkerApi.patch(`/api/v1/claims/${claimId}`, { data: { priority: "LOW" } })).status()).toBe(
    403,
  );
  await checkerApi.dispose();
});
