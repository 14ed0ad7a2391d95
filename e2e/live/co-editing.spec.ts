import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectSynced, selectTextInEditor } from "../fixtures/editor";
import { storageStateOf, type DemoRole } from "../fixtures/users";
import { testDb } from "../fixtures/db";

// Two people in the demo article at once (headings, nested claims and all): an editor
// types continuously while a fact-checker marks five claims. Nobody sees a conflict,
// nothing is lost, each sees the other's words, claims and caret, and an undo of a
// deleted claimed sentence brings the claim back for both.

const DEMO_TITLE = "The looming threat of ISKP in Afghanistan";
const TO_MARK = [
  "Islamic State Khorasan Province",
  "Taliban rule in Afghanistan",
  "Haqqani",
  "Presidential Palace",
  "Kabul airport",
];

async function openDemo(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  const page = await context.newPage();
  const article = await testDb.article.findFirstOrThrow({ where: { title: DEMO_TITLE } });
  await page.goto(`/articles/${article.id}`);
  await expect(page.locator(".article-body")).toContainText("Bagram");
  return page;
}

/** The document as the page's editor holds it (Tiptap keeps itself on its element). */
function editorJson(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector<Element & { editor?: { getJSON: () => unknown } }>(".ProseMirror");
    return element?.editor?.getJSON() ?? null;
  });
}

test("an editor types while a fact-checker marks five claims: both see everything, nothing is lost", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const editor = await openDemo(browser, "editor");
  const checker = await openDemo(browser, "checker");

  // Each sees the other in the header within moments.
  await expect(editor.getByRole("list", { name: /Also here: Chris Checker/ })).toBeVisible({
    timeout: 15_000,
  });
  await expect(checker.getByRole("list", { name: /Also here: Elena Editor/ })).toBeVisible({
    timeout: 15_000,
  });

  // The editor types at the end of the first paragraph, without pause, while the checker marks.
  await editor.locator(".article-body p").first().click();
  await editor.keyboard.press("End");
  const typed = " Update: the figures were confirmed by three ministries on the day";
  const typing = editor.keyboard.type(typed, { delay: 40 });
  const marked: string[] = [];
  for (const words of TO_MARK) {
    await selectTextInEditor(checker, words);
    await checker.getByRole("button", { name: "Mark as claim" }).click();
    const card = checker.getByRole("button", { name: `Go to claim: ${words}`, exact: true });
    await expect(card).toBeVisible();
    marked.push(words);
  }
  await typing;
  await expectSynced(editor);
  await expectSynced(checker);

  // No conflict, no refusal, anywhere (Next's empty route announcer is an alert too).
  for (const page of [editor, checker]) {
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0);
  }
  // Both hold the server's document, with the typing and the five claims.
  const article = await testDb.article.findFirstOrThrow({ where: { title: DEMO_TITLE } });
  await expect.poll(() => editorJson(editor)).toEqual(article.doc);
  await expect.poll(() => editorJson(checker)).toEqual(article.doc);
  await expect(checker.locator(".article-body")).toContainText(typed.trim());
  for (const words of marked) {
    const claim = await testDb.claim.findFirstOrThrow({
      where: { articleId: article.id, quote: words, removedAt: null },
    });
    expect(claim).toMatchObject({ orphaned: false, status: "OPEN" });
    // The editor sees the checker's claims in the text and in the panel.
    await expect(editor.locator(`.article-body mark[data-claim-id="${claim.id}"]`)).toHaveText(words);
    await expect(editor.getByRole("button", { name: `Go to claim: ${words}`, exact: true })).toBeVisible();
  }

  // Carets: each sees where the other is, with their name.
  await checker.locator(".article-body p").nth(2).click();
  await expect(editor.locator(".remote-caret-label", { hasText: "Chris Checker" })).toBeVisible({
    timeout: 10_000,
  });
  await editor.locator(".article-body p").nth(3).click();
  await expect(checker.locator(".remote-caret-label", { hasText: "Elena Editor" })).toBeVisible({
    timeout: 10_000,
  });

  // The editor deletes a claimed sentence; the claim is orphaned for both; undo brings it back for both.
  const bagram = await testDb.claim.findFirstOrThrow({
    where: { articleId: article.id, quote: "Americans vacated the Bagram base" },
  });
  await selectTextInEditor(editor, "Americans vacated the Bagram base");
  await editor.keyboard.press("Backspace");
  await expectSynced(editor);
  await expect(
    checker.getByRole("button", { name: "Orphaned claim: Americans vacated the Bagram base" }),
  ).toBeVisible();
  await editor.keyboard.press("Control+z");
  await expectSynced(editor);
  await expect(checker.locator(`.article-body mark[data-claim-id="${bagram.id}"]`)).toHaveText(
    "Americans vacated the Bagram base",
  );
  await expect(
    editor.getByRole("button", { name: "Go to claim: Americans vacated the Bagram base" }),
  ).toBeVisible();
  await expect(checker.getByRole("region", { name: /Orphaned/ })).toHaveCount(0);
  await expect
    .poll(async () => (await testDb.claim.findUniqueOrThrow({ where: { id: bagram.id } })).orphaned)
    .toBe(false);

  // A colleague's workflow change reaches the other's highlights and cards live.
  const haqqani = await testDb.claim.findFirstOrThrow({ where: { articleId: article.id, quote: "Haqqani" } });
  const manager = await openDemo(browser, "manager");
  const response = await manager.request.post(`/api/v1/claims/${haqqani.id}/transitions`, {
    data: { to: "DISMISSED", reason: "Background, not a claim" },
  });
  expect(response.status()).toBe(200);
  const card = editor.locator(`[data-claim-card="${haqqani.id}"]`);
  await expect(card).toContainText("Dismissed", { timeout: 10_000 });

  // The manager leaves: gone from the others' headers within 30 s.
  await expect(editor.getByRole("list", { name: /Morgan Manager/ })).toBeVisible();
  await manager.context().close();
  await expect(editor.getByRole("list", { name: /Morgan Manager/ })).toHaveCount(0, { timeout: 30_000 });
  await editor.context().close();
  await checker.context().close();
});

test("typing is never lost: offline edits wait in the page, and leaving by a link right after typing warns or sends first", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ storageState: storageStateOf("editor") });
  const page = await context.newPage();
  const created = await page.request.post("/api/v1/articles", {
    data: { title: "Offline test", text: "First paragraph.\n\nSecond paragraph." },
  });
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/articles/${id}`);
  await page.locator(".article-body p").first().click();
  await page.keyboard.press("End");

  // Offline: kept and counted, then sent when the connection returns.
  await context.setOffline(true);
  await page.keyboard.type(" Written offline.");
  await expect(page.locator("[data-sync-state]")).toHaveAttribute("data-sync-state", "offline", {
    timeout: 15_000,
  });
  await expect(page.locator("[data-sync-state]")).toContainText(/unsent change/);
  await context.setOffline(false);
  await expectSynced(page);
  await expect
    .poll(async () => JSON.stringify((await testDb.article.findUniqueOrThrow({ where: { id } })).doc))
    .toContain("Written offline.");

  // A link clicked right after the last key: the words reach the server before the page moves on.
  await page.keyboard.type(" Then left at once.");
  await page.getByRole("link", { name: "Desk", exact: true }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 15_000 });
  await expect
    .poll(async () => JSON.stringify((await testDb.article.findUniqueOrThrow({ where: { id } })).doc))
    .toContain("Then left at once.");

  // While changes cannot be sent, a link asks first, and staying keeps them.
  await page.goto(`/articles/${id}`);
  // Once the editor takes input (before that the text is not editable, and typing does nothing).
  await expect(page.locator('.ProseMirror[contenteditable="true"]')).toBeVisible();
  await page.locator(".article-body p").nth(1).click();
  await page.keyboard.press("End");
  await context.setOffline(true);
  await page.keyboard.type(" Unsent.");
  await expect(page.locator(".article-body p").nth(1)).toContainText("Unsent.");
  await page.getByRole("link", { name: "Desk", exact: true }).click();
  const dialog = page.getByRole("alertdialog", { name: "Your last changes are still being sent" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Stay" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}`));
  await context.setOffline(false);
  await expectSynced(page);
  await context.close();
});
