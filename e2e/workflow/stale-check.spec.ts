// Stale checks on the demo article: a verdict is approved on the dateline, the editor
// changes its words, and the card, the review queue and the open claim show "Checked text
// changed" with a word diff; another approver re-confirms the verdict for the new words.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { apiAs } from "../fixtures/api";
import { DEMO_TITLE } from "../fixtures/demo";
import { expectSynced, selectText } from "../fixtures/editor";
import { storageStateOf, type DemoRole } from "../fixtures/users";
import { testDb } from "../fixtures/db";

// The demo's dateline: open in the seed, and no other spec works on it.
const CLAIM_ID = "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0001";
const CHECKED = "Tuesday, May 21, 2024";
const CURRENT = "Tuesday, May 24, 2024";

async function ok<R extends { status(): number; text(): Promise<string> }>(call: Promise<R>, what: string) {
  const response = await call;
  if (response.status() >= 300) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  return response;
}

/** The dateline, researched and proposed by the demo checker: in review. */
async function proposeOnDateline(baseURL: string): Promise<void> {
  const api: Record<"manager" | "checker", APIRequestContext> = {
    manager: await apiAs("manager", baseURL),
    checker: await apiAs("checker", baseURL),
  };
  const checker = await testDb.user.findFirstOrThrow({ where: { email: "checker@claimdesk.test" } });
  const claimUrl = `/api/v1/claims/${CLAIM_ID}`;
  await ok(
    api.manager.post(`${claimUrl}/transitions`, { data: { to: "RESEARCHING", assigneeId: checker.id } }),
    "assign",
  );
  const source = (await (
    await ok(
      api.checker.post(`${claimUrl}/sources`, {
        data: { url: "https://example.org/claimdesk-demo/dateline", title: "Attack date (illustrative)" },
      }),
      "source",
    )
  ).json()) as { id: string };
  await ok(
    api.checker.post(`${claimUrl}/verdicts`, {
      data: { rating: "False", rationale: "The attack was in August 2021.", sourceIds: [source.id] },
    }),
    "propose",
  );
  await ok(api.checker.post(`${claimUrl}/transitions`, { data: { to: "IN_REVIEW" } }), "submit");
  await Promise.all(Object.values(api).map((a) => a.dispose()));
}

async function open(browser: Browser, role: DemoRole, path: string, width = 1440): Promise<Page> {
  const context = await browser.newContext({
    storageState: storageStateOf(role),
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

function card(page: Page) {
  return page.locator(`[data-claim-card="${CLAIM_ID}"]`);
}

async function expectAccessible(page: Page, include: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .include(include)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test("a checked claim whose words change shows the diff on its card and in the review queue, and another approver re-confirms it", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await proposeOnDateline(baseURL ?? "");
  const article = await testDb.article.findFirstOrThrow({ where: { title: DEMO_TITLE } });
  const workspace = `/articles/${article.id}`;

  // A second fact-checker approves the verdict: the words it checked are kept.
  const checker2 = await open(browser, "checker2", `${workspace}?claim=${CLAIM_ID}`);
  await card(checker2).getByRole("button", { name: "Approve" }).click();
  await expect(card(checker2)).toContainText("Verified");
  expect(await testDb.claim.findUniqueOrThrow({ where: { id: CLAIM_ID } })).toMatchObject({
    status: "VERIFIED",
    checkedQuote: CHECKED,
  });
  await checker2.context().close();

  // The editor changes the day inside the claim; it is reopened, and its card says why.
  const editor = await open(browser, "editor", workspace);
  await expect(editor.locator(".article-body")).toContainText(CHECKED);
  await selectText(editor, "21");
  await editor.keyboard.type("24");
  await expectSynced(editor);
  await expect
    .poll(async () => (await testDb.claim.findUniqueOrThrow({ where: { id: CLAIM_ID } })).quote)
    .toBe(CURRENT);
  const notice = card(editor).locator("[data-stale-notice]");
  await expect(notice.locator("ins")).toHaveText(/24/);
  await expect(notice).toContainText("Checked text changed");
  await expect(notice.locator("del")).toHaveText(/21/);
  await expectAccessible(editor, `[data-claim-card="${CLAIM_ID}"]`);

  // The checker who proposed it is told why there is no Re-confirm for them.
  const checker = await open(browser, "checker", `${workspace}?claim=${CLAIM_ID}`);
  const own = card(checker).locator("[data-stale-notice]");
  await expect(own).toContainText("You proposed this verdict", { timeout: 30_000 });
  await expect(own.locator("ins")).toHaveText(/24/);
  await expect(own.getByRole("button", { name: /Re-confirm/ })).toHaveCount(0);
  await checker.context().close();

  // The manager's review queue lists it with the same diff, at 1440 and at 390 px.
  for (const width of [1440, 390]) {
    const queue = await open(browser, "manager", "/review", width);
    const row = queue.getByRole("row").filter({ hasText: CURRENT });
    await expect(row.getByText("Re-confirm verdict")).toBeVisible();
    await expect(row.locator("[data-stale-notice] del")).toHaveText(/21/);
    await expect(row.locator("[data-stale-notice] ins")).toBeVisible();
    const overflow = await queue.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, `no sideways scrolling at ${width} px`).toBe(false);
    if (width === 1440) await expectAccessible(queue, "main");
    await queue.context().close();
  }

  // The manager opens it from the queue and re-confirms the verdict for the new words.
  const manager = await open(browser, "manager", "/review");
  await manager.getByRole("row").filter({ hasText: CURRENT }).getByRole("link").click();
  const detailNotice = card(manager).locator("[data-stale-notice]");
  // The claim's detail loads when its card opens (slow on a busy machine).
  await expect(detailNotice.locator("ins")).toHaveText(/24/, { timeout: 30_000 });
  await detailNotice.getByRole("button", { name: "Re-confirm verdict for the new words" }).click();
  await expect(card(manager).locator("[data-claim-state]")).toContainText("Verified");
  await expect(card(manager).locator("[data-stale-notice]")).toHaveCount(0);
  await expect(card(manager).getByText(/Re-confirmed the verdict “False” for the new words/)).toBeVisible();

  expect(await testDb.claim.findUniqueOrThrow({ where: { id: CLAIM_ID } })).toMatchObject({
    status: "VERIFIED",
    checkedQuote: CURRENT,
  });
  const events = await testDb.auditEvent.findMany({
    where: { claimId: CLAIM_ID, action: "verdict.reconfirmed" },
  });
  expect(events).toHaveLength(1);
  expect(events[0]?.before).toMatchObject({ checkedQuote: CHECKED });
  expect(events[0]?.after).toMatchObject({ checkedQuote: CURRENT });

  // The editor's card hears it live: verified again, nothing stale.
  await expect(card(editor).locator("[data-stale-notice]")).toHaveCount(0);
  await expect(card(editor)).toContainText("Verified");

  // The queue no longer lists it; the words as they were read cannot be re-confirmed twice.
  await manager.goto("/review");
  await expect(manager.getByRole("row").filter({ hasText: CURRENT })).toHaveCount(0);
  const api = await apiAs("checker2", baseURL ?? "");
  const again = await api.post(`/api/v1/claims/${CLAIM_ID}/reconfirm`, { data: { quote: CHECKED } });
  expect(again.status()).toBe(409);
  expect(await again.json()).toMatchObject({ error: { code: "quote_changed", currentQuote: CURRENT } });
  await api.dispose();
});
