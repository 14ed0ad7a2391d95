import { expect, test } from "@playwright/test";
import { apiAs, createArticleViaApi } from "../fixtures/api";
import { expectSynced, selectText } from "../fixtures/editor";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";

test.use({ storageState: storageStateOf("editor") });

test("deleting a claimed sentence keeps the claim as orphaned with its last quote", async ({
  page,
  baseURL,
}) => {
  const api = await apiAs("editor", baseURL ?? "");
  const article = await createArticleViaApi(
    api,
    "Orphan test",
    "The base was vacated in July 2021.\n\nThis paragraph stays.",
  );
  await api.dispose();
  await page.goto(`/articles/${article.id}`);
  await selectText(page, "vacated in July 2021");
  await page.getByRole("button", { name: "Mark as claim" }).click();
  await expectSynced(page);

  // Select the whole first paragraph and delete it.
  await selectText(page, "The base was vacated in July 2021.");
  await page.keyboard.press("Backspace");
  await expectSynced(page);

  const orphans = page.getByRole("region", { name: /Orphaned/ });
  await expect(orphans.getByRole("button", { name: "Orphaned claim: vacated in July 2021" })).toBeVisible();
  const claim = await testDb.claim.findFirstOrThrow({ where: { articleId: article.id } });
  expect(claim).toMatchObject({ orphaned: true, quote: "vacated in July 2021" });
});
