import { expect, test, type Browser, type Page } from "@playwright/test";
import { apiAs, createArticleViaApi, docWithClaim } from "../fixtures/api";
import { expectSynced, selectText } from "../fixtures/editor";
import { storageStateOf, type DemoRole } from "../fixtures/users";
import { testDb } from "../fixtures/db";

const XSS = "<img src=x onerror=alert(1)>";

async function open(browser: Browser, role: DemoRole, articleId: string, claimId?: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(`/articles/${articleId}${claimId ? `?claim=${claimId}` : ""}`);
  await expect(page.locator(".article-body")).toBeVisible();
  return page;
}

function card(page: Page, quote: string) {
  return page.locator("[data-claim-card]", { hasText: quote }).first();
}

test("a claim goes from marked to verified with four eyes, and back when its words change", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const editorApi = await apiAs("editor", baseURL ?? "");
  const article = await createArticleViaApi(
    editorApi,
    "Workflow story",
    "It was the rapid collapse of the whole State structure in just 11 days.\n\nThe base was vacated in July.",
  );
  await editorApi.dispose();

  // The editor marks "11 days".
  const editor = await open(browser, "editor", article.id);
  await selectText(editor, "11 days");
  await editor.getByRole("button", { name: "Mark as claim" }).click();
  await expectSynced(editor);
  const claim = await testDb.claim.findFirstOrThrow({ where: { articleId: article.id, quote: "11 days" } });

  // The manager assigns it to a fact-checker.
  const manager = await open(browser, "manager", article.id, claim.id);
  await card(manager, "11 days").getByRole("button", { name: "Assign…" }).click();
  await card(manager, "11 days")
    .getByLabel("Assignee")
    .selectOption({ label: "Chris Checker (fact-checker)" });
  await card(manager, "11 days").getByRole("button", { name: "Assign", exact: true }).click();
  await expect(card(manager, "11 days")).toContainText("Researching");

  // The checker gathers two sources, proposes "Misleading" and submits.
  const checker = await open(browser, "checker", article.id, claim.id);
  const c = card(checker, "11 days");
  for (const [url, title] of [
    ["https://example.org/timeline", "Timeline of the collapse"],
    ["https://example.org/dates", "Provincial capitals by date"],
  ]) {
    await c.getByRole("button", { name: "Add source" }).click();
    await c.getByLabel("URL").fill(url ?? "");
    await c.getByLabel("Title").fill(title ?? "");
    await c.getByRole("button", { name: "Save source" }).click();
    await expect(c.getByRole("link", { name: title })).toBeVisible();
  }
  await c.getByLabel("Rating").selectOption({ label: "Misleading" });
  await c.getByLabel("Rationale").fill(`The count starts late. ${XSS}`);
  for (const box of await c.getByRole("checkbox", { name: /Timeline|Provincial/ }).all()) await box.check();
  await c.getByRole("button", { name: "Propose verdict" }).click();
  await c.getByRole("button", { name: "Submit for review" }).click();
  await expect(c).toContainText("In review");
  await expect(
    c.getByRole("list", { name: "Verdict history" }).getByText(`The count starts late. ${XSS}`),
  ).toBeVisible();
  await expect(c.locator("img")).toHaveCount(0);

  // Four eyes: the proposer has no approve button but is told why, and the API refuses.
  await expect(c.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(c.getByRole("note")).toHaveText(
    "Nobody approves a verdict they proposed; another reviewer must approve it.",
  );
  const checkerApi = await apiAs("checker", baseURL ?? "");
  const refused = await checkerApi.post(`/api/v1/claims/${claim.id}/transitions`, {
    data: { to: "VERIFIED" },
  });
  expect(refused.status()).toBe(403);
  await checkerApi.dispose();

  // A second fact-checker approves; the highlight shows Verified / Misleading.
  const checker2 = await open(browser, "checker2", article.id, claim.id);
  await card(checker2, "11 days").getByRole("button", { name: "Approve" }).click();
  await expect(card(checker2, "11 days")).toContainText("Verified");
  await checker2.reload();
  // The finding alone, neutral (no check mark that reads as "true"), and not read out as article text.
  const tag = checker2.locator(`[data-claim-tag="${claim.id}"]`);
  await expect(tag).toHaveText("Misleading");
  await expect(tag).toHaveAttribute("aria-hidden", "true");
  expect((await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("VERIFIED");

  // The editor rewrites the claimed words: the claim is reopened, saying why.
  await editor.reload();
  // Rewriting inside the claim keeps it anchored (replacing all of it would orphan it).
  await selectText(editor, "11");
  await editor.keyboard.type("eleven");
  await expectSynced(editor);
  await expect
    .poll(async () => (await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } })).status)
    .toBe("RESEARCHING");
  const reopened = await testDb.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(reopened.statusReason).toBe("text changed after verification");

  // The manager cannot clear the article and sees why.
  await manager.reload();
  await manager.getByRole("button", { name: "Request check" }).click();
  const text = manager.locator(".ProseMirror");
  const textTop = (await text.boundingBox())?.y;
  await manager.getByRole("button", { name: "Clear for publication" }).click();
  const why = manager.getByRole("alert").filter({ hasText: "cannot be cleared yet" });
  await expect(why).toContainText("eleven days");
  await expect(why).toContainText("Researching");
  // The list floats over the page: the text does not move down, and it can be dismissed.
  expect((await text.boundingBox())?.y).toBe(textTop);
  await manager.getByRole("button", { name: "Dismiss" }).click();
  await expect(why).toBeHidden();
  expect((await testDb.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("IN_CHECK");
});

test("a comment with markup is shown as text and notifies the person it mentions", async ({
  browser,
  baseURL,
}) => {
  const editorApi = await apiAs("editor", baseURL ?? "");
  const article = await createArticleViaApi(editorApi, "Comment story", "Turnout was 61 percent.");
  const claimId = "9f0c1a52-3f0e-4d59-9a57-2f3d1c9e4b11";
  const doc = docWithClaim("Turnout was ", "61 percent", ".", claimId);
  expect(
    (
      await editorApi.put(`/api/v1/articles/${article.id}/document`, { data: { baseVersion: 1, doc } })
    ).status(),
  ).toBe(200);
  await editorApi.dispose();

  const editor = await open(browser, "editor", article.id, claimId);
  const c = card(editor, "61 percent");
  await c.getByLabel("Comment").fill(`${XSS} @checker2 can you look?`);
  await c.getByRole("button", { name: "Post comment" }).click();
  await expect(c.getByText(`${XSS} @checker2 can you look?`).first()).toBeVisible();
  await expect(c.locator("img")).toHaveCount(0);

  const checker2 = await open(browser, "checker2", article.id);
  await expect(checker2.getByRole("button", { name: /Notifications, \d+ unread/ })).toBeVisible();
});
