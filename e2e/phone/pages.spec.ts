// Every page of the desk at a phone's width (390 px) and a laptop's (1440 px): nothing runs
// off the side, the top bar's sections are reachable, and axe finds no WCAG A/AA violation.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { articleWithAssignedClaim } from "../fixtures/api";
import { testDb } from "../fixtures/db";
import { storageStateOf, USERS } from "../fixtures/users";
import { openDemoArticle } from "../fixtures/demo";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1440, height: 900 };

const PAGES = [
  ["desk", "/", "Desk"],
  ["my queue", "/queue", "My queue"],
  ["review queue", "/review", "Review queue"],
  ["dashboard", "/dashboard", "Dashboard"],
  ["audit", "/audit", "Audit trail"],
  ["admin", "/admin", "Administration"],
  ["search results", "/search?q=Kabul", "Search"],
  ["settings", "/settings", "Settings"],
] as const;

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "the page is wider than the screen").toBeLessThanOrEqual(0);
}

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

test.use({ storageState: storageStateOf("manager") });

for (const [label, viewport] of [
  ["phone", PHONE],
  ["laptop", LAPTOP],
] as const) {
  test.describe(`at ${viewport.width} px (${label})`, () => {
    test.use({ viewport });

    for (const [name, path, heading] of PAGES) {
      test(`the ${name} page fits and has no WCAG A/AA violations`, async ({ page }) => {
        await page.goto(path);
        await expect(
          page.getByRole("heading", { level: 1, name: heading, exact: false }).first(),
        ).toBeVisible();
        await expectNoSidewaysScroll(page);
        await expectAxeClean(page);
      });
    }

    test("the article workspace fits and has no WCAG A/AA violations", async ({ page }) => {
      await openDemoArticle(page);
      await expect(page.locator(".article-body mark.claim").first()).toBeVisible();
      await expectNoSidewaysScroll(page);
      // A verdict's tag, inside overlapping highlights too, never breaks across lines.
      await expect(page.locator(".article-body [data-claim-tag]").first()).toBeVisible();
      const lines = await page
        .locator(".article-body [data-claim-tag]")
        .evaluateAll((tags) => tags.map((tag) => tag.getClientRects().length));
      expect(new Set(lines)).toEqual(new Set([1]));
      await expectAxeClean(page);
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the top bar folds its sections into a Menu that reaches each of them", async ({ page }) => {
    await page.goto("/");
    const top = page.getByRole("banner");
    await expect(top.getByRole("link", { name: "Audit" })).toBeHidden();
    for (const [item, heading] of [
      ["My queue", "My queue"],
      ["Review queue", "Review queue"],
      ["Dashboard", "Dashboard"],
      ["Audit", "Audit trail"],
      ["Admin", "Administration"],
      ["Desk", "Desk"],
    ] as const) {
      await top.getByRole("button", { name: "Menu" }).click();
      await page.getByRole("menuitem", { name: item, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: heading }).first()).toBeVisible();
    }
    // The bell, the search and the user menu stay on screen, inside its width.
    for (const control of [
      top.getByRole("button", { name: /^Notifications/ }),
      top.getByRole("button", { name: /Morgan|Manager/ }),
    ]) {
      const box = await control.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
  });
});

test.describe("a fact-checker on a phone", () => {
  test.use({ viewport: PHONE, hasTouch: true, storageState: storageStateOf("checker") });

  test("works a claim from the queue: the card opens from the queue and from a tap on its words", async ({
    page,
    baseURL,
  }) => {
    const checker = await testDb.user.findUniqueOrThrow({ where: { email: USERS.checker } });
    // Words of its own, so that the queue has one link by that name.
    const quote = `${10_000 + Math.floor(Math.random() * 89_999)} votes`;
    const { claimId } = await articleWithAssignedClaim(baseURL ?? "", {
      title: `Phone check ${randomUUID().slice(0, 6)}`,
      before: "The north cast ",
      quote,
      after: " in all.",
      assigneeId: checker.id,
    });

    await page.goto("/queue");
    await page.getByRole("link", { name: new RegExp(quote) }).click();
    // The claim's card is on screen at once, not thousands of pixels under the text.
    const claimsTab = page.getByRole("tab", { name: /^Claims \(1\)/ });
    await expect(claimsTab).toHaveAttribute("aria-selected", "true");
    const card = page.locator("[data-claim-card]", { hasText: quote });
    await expect(card.getByRole("button", { name: "Add source" })).toBeInViewport();
    await expectNoSidewaysScroll(page);

    // Back to the text; a tap on the highlight opens the card again.
    await page.getByRole("tab", { name: "Text" }).click();
    await expect(card).toBeHidden();
    await page.locator(`.article-body mark[data-claim-id="${claimId}"]`).tap();
    await expect(claimsTab).toHaveAttribute("aria-selected", "true");
    await expect(card).toBeVisible();

    // The whole check, by thumb.
    await card.getByRole("button", { name: "Add source" }).tap();
    await card.getByLabel("URL").fill("https://example.org/turnout");
    await card.getByLabel("Title").fill("Turnout by province");
    await card.getByRole("button", { name: "Save source" }).tap();
    await expect(card.getByRole("link", { name: "Turnout by province" })).toBeVisible();
    await card.getByLabel("Rating").selectOption({ label: "Misleading" });
    await card.getByLabel("Rationale").fill("The north reported 58 percent.");
    await card.getByRole("checkbox", { name: /Turnout by province/ }).check();
    await card.getByRole("button", { name: "Propose verdict" }).tap();
    await card.getByRole("button", { name: "Submit for review" }).tap();
    await expect(card).toContainText("In review");
    await expectNoSidewaysScroll(page);
  });
});
