// A spiked article's workspace offers no write anywhere — text, toolbar, gate, claim cards
// (moves, sources, verdicts, comments) — and says why, with Restore for those who may; reading
// still works. Open workspaces follow a spike and a restore live, and a workspace whose steps
// are refused because the article was spiked says so once instead of retrying.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, USERS } from "../fixtures/users";
import { apiAs, articleWithAssignedClaim } from "../fixtures/api";
import { testDb } from "../fixtures/db";

test.use({ viewport: { width: 1440, height: 900 } });

const FOR_EDITORS = "This article is spiked — restore it to change anything.";
const FOR_CHECKERS =
  "This article is spiked — an editor or manager must restore it before anything can change.";

async function claimedArticle(baseURL: string) {
  const checker = await testDb.user.findUniqueOrThrow({ where: { email: USERS.checker } });
  const fixture = await articleWithAssignedClaim(baseURL, {
    title: `Read-only ${randomUUID().slice(0, 6)}`,
    before: "The state fell in just ",
    quote: "11 days",
    after: ", the author says.",
    assigneeId: checker.id,
  });
  const editor = await apiAs("editor", baseURL);
  const comment = await editor.post(`/api/v1/claims/${fixture.claimId}/comments`, {
    data: { body: "Check the timeline first." },
  });
  expect(comment.status()).toBe(201);
  await editor.dispose();
  return fixture;
}

async function spike(baseURL: string, articleId: string, what: "archive" | "restore") {
  const manager = await apiAs("manager", baseURL);
  expect((await manager.post(`/api/v1/articles/${articleId}/${what}`, { data: {} })).status()).toBe(200);
  await manager.dispose();
}

/** Nothing that writes is on the page; what is there to read still is. */
async function expectReadOnly(page: Page, reason: string) {
  const card = page.locator("[data-claim-card]", { hasText: "11 days" });
  await expect(page.getByRole("region", { name: "Spiked article" })).toContainText(reason);
  await expect(card.getByRole("note").filter({ hasText: reason })).toBeVisible();
  await expect(
    card.getByRole("region", { name: /^Discussion/ }).getByText("Check the timeline first."),
  ).toBeVisible();
  for (const name of [
    "Mark as claim",
    "Bold",
    "Request check",
    "Add source",
    "Propose verdict",
    "Post comment",
    "Submit for review",
    "Reassign…",
    "Remove claim",
    "Spike…",
  ]) {
    await expect(page.getByRole("button", { name, exact: true }), name).toHaveCount(0);
  }
  await expect(page.getByRole("textbox", { name: "Article text" })).toHaveAttribute(
    "contenteditable",
    "false",
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test("an editor and a fact-checker see no write actions on a spiked article, and why; a restore brings them back", async ({
  browser,
  baseURL,
}) => {
  const { articleId, claimId } = await claimedArticle(baseURL ?? "");
  await spike(baseURL ?? "", articleId, "archive");
  const editorContext = await browser.newContext({ storageState: storageStateOf("editor") });
  const checkerContext = await browser.newContext({ storageState: storageStateOf("checker") });
  const editor = await editorContext.newPage();
  const checker = await checkerContext.newPage();
  try {
    await checker.goto(`/articles/${articleId}?claim=${claimId}`);
    await expectReadOnly(checker, FOR_CHECKERS);
    await expect(checker.getByRole("button", { name: "Restore" })).toHaveCount(0);

    await editor.goto(`/articles/${articleId}?claim=${claimId}`);
    await expectReadOnly(editor, FOR_EDITORS);
    // The fact-checker's open workspace follows the restore without a reload.
    await editor
      .getByRole("region", { name: "Spiked article" })
      .getByRole("button", { name: "Restore" })
      .click();
    await expect(editor.getByRole("button", { name: "Mark as claim" })).toBeVisible();
    await expect(editor.getByRole("button", { name: "Bold" })).toBeVisible();
    await expect(editor.getByRole("button", { name: "Spike…" })).toBeVisible();

    const card = checker.locator("[data-claim-card]", { hasText: "11 days" });
    await expect(checker.getByRole("region", { name: "Spiked article" })).toHaveCount(0);
    await expect(card.getByRole("button", { name: "Add source" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Post comment" })).toBeVisible();
    await expect(checker.getByRole("button", { name: "Mark as claim" })).toBeVisible();

    // And a spike reaches it live too.
    await spike(baseURL ?? "", articleId, "archive");
    await expect(checker.getByRole("region", { name: "Spiked article" })).toContainText(FOR_CHECKERS);
    await expect(checker.getByRole("button", { name: "Mark as claim" })).toHaveCount(0);
  } finally {
    await editorContext.close();
    await checkerContext.close();
  }
});

test.describe("an editor typing when the article is spiked", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("is told once, the workspace turns read-only, and nothing is retried", async ({ page, baseURL }) => {
    const { articleId } = await claimedArticle(baseURL ?? "");
    // No event stream: the spike is learnt from the refused steps, not from an event.
    await page.route("**/events?**", (route) => route.abort());
    let sends = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith(`/articles/${articleId}/steps`)) sends += 1;
    });
    await page.goto(`/articles/${articleId}`);
    const text = page.getByRole("textbox", { name: "Article text" });
    await text.click();
    await page.keyboard.press("End");
    await page.keyboard.type(" More.");
    await expect.poll(() => sends).toBeGreaterThan(0);
    await expect(page.getByText("All changes synced")).toBeVisible();

    await spike(baseURL ?? "", articleId, "archive");
    await page.keyboard.type(" Lost");
    await expect(page.getByRole("region", { name: "Spiked article" })).toContainText(FOR_EDITORS);
    await expect(page.getByText("Someone spiked this article: it is read-only now.")).toBeVisible();
    await expect(text).toHaveAttribute("contenteditable", "false");
    const afterRefusal = sends;
    await page.waitForTimeout(3_000);
    expect(sends).toBe(afterRefusal);
    const row = await testDb.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(JSON.stringify(row.doc)).toContain("More.");
    expect(JSON.stringify(row.doc)).not.toContain("Lost");
  });
});
