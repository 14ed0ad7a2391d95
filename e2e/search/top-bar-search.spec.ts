import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test.use({ storageState: storageStateOf("checker") });

test("the top-bar search finds a demo claim as you type, by keys, and opens it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("main")).toBeVisible();
  const box = page.getByRole("combobox", { name: "Search articles, claims, sources and comments" });
  // "/" focuses the search from anywhere outside a text field.
  await page.locator("body").press("/");
  await expect(box).toBeFocused();
  await box.pressSequentially("Bagr");

  const list = page.getByRole("listbox", { name: "Search results" });
  const claims = list.getByRole("group", { name: /^Claims/ });
  const claim = claims.getByRole("option", { name: /Americans vacated the Bagram base/ });
  await expect(claim).toBeVisible();
  // The matched word is marked ("Bagr" is a prefix of it), as text.
  await expect(claim.locator("mark", { hasText: "Bagram" })).toBeVisible();
  await expect(list.getByRole("group", { name: /^Articles/ }).getByRole("option")).toHaveCount(1);

  // Arrow down to the claim: the input keeps focus and names the active option.
  const options = list.getByRole("option");
  const target = await claim.getAttribute("id");
  const ids = await options.evaluateAll((els) => els.map((el) => el.id));
  for (let i = 0; i <= ids.indexOf(target ?? ""); i++) await box.press("ArrowDown");
  await expect(claim).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", target ?? "");

  // Escape closes the list; typing reopens it.
  await box.press("Escape");
  await expect(list).toBeHidden();
  await box.press("ArrowDown");
  await expect(list).toBeVisible();

  await claim.hover();
  await expect(claim).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/articles\/[^?]+\?claim=0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0007$/);
  await expect(page.locator('[data-claim-card="0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0007"]')).toHaveAttribute(
    "aria-current",
    "true",
  );
});

test("Enter without a choice opens the full results page, which has no WCAG A/AA violations", async ({
  page,
}) => {
  await page.goto("/queue");
  await expect(page.getByRole("main")).toBeVisible();
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: "Search articles, claims, sources and comments" });
  await expect(box).toBeFocused();
  await box.fill("Bagram base");
  const claims = page
    .getByRole("listbox", { name: "Search results" })
    .getByRole("group", { name: /^Claims/ });
  await expect(claims.getByRole("option", { name: /Americans vacated the Bagram base/ })).toBeVisible();
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=Bagram(%20|\+)base$/);
  const claimResults = page.getByRole("region", { name: /^Claims/ });
  await expect(claimResults.getByRole("heading", { name: /^Claims/ })).toBeVisible();
  await expect(claimResults.getByRole("link", { name: /Americans vacated the Bagram base/ })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Full-text syntax is just words here too, and an over-long query is refused with why.
  await page.goto(`/search?q=${encodeURIComponent('"Bagram AND NEAR( -base*')}`);
  await expect(page.getByText(/results for|Nothing matches/)).toBeVisible();
  await page.goto(`/search?q=${"a".repeat(201)}`);
  await expect(page.locator("#search-page-problem")).toHaveText("Keep the search under 200 characters.");
});

test("at 390 px the search is an icon that opens full-width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search articles, claims, sources and comments" });
  await expect(box).toBeHidden();
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(box).toBeFocused();
  const width = (await box.boundingBox())?.width ?? 0;
  expect(width).toBeGreaterThan(250);
  await box.pressSequentially("11 days");
  const option = page
    .getByRole("group", { name: /^Claims/ })
    .getByRole("option", { name: /11 days/ })
    .first();
  await expect(option).toBeVisible();
  const optionBox = await option.boundingBox();
  expect((optionBox?.x ?? -1) >= 0 && (optionBox?.x ?? 0) + (optionBox?.width ?? 0) <= 390).toBe(true);
  await option.click();
  await expect(page).toHaveURL(/\/articles\/[^?]+\?claim=/);
});
