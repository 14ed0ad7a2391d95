import { expect, test, type Locator, type Page } from "@playwright/test";
import { apiAs, createArticleViaApi, docWithClaim } from "../fixtures/api";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";

// Claim status in the text is never colour alone: each status has its own underline
// pattern (the legend shows the same samples), and each highlight tells a screen reader
// what it is ("Claim: Verified, Misleading") while the inline verdict tag is not read as
// article text.

const DEMO_TITLE = "The looming threat of ISKP in Afghanistan";
const STATUSES = ["OPEN", "RESEARCHING", "IN_REVIEW", "VERIFIED", "DISMISSED"] as const;
const LABEL: Record<string, string> = {
  OPEN: "Open",
  RESEARCHING: "Researching",
  IN_REVIEW: "In review",
  VERIFIED: "Verified",
  DISMISSED: "Dismissed",
};

interface ClaimJson {
  id: string;
  quote: string;
  status: string;
  orphaned: boolean;
  rating: string | null;
}

/** What a highlight looks like apart from its colours. */
function readPattern(locator: Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.textDecorationLine} ${style.textDecorationStyle} ${style.textDecorationThickness}`;
  });
}

function highlightOf(page: Page, id: string): Locator {
  return page.locator(`.article-body mark.claim[data-claim-id="${id}"]`).first();
}

test.use({ storageState: storageStateOf("editor") });

test("on the demo article, each highlight's status shows without colour and is announced with its rating", async ({
  page,
}) => {
  const article = await testDb.article.findFirstOrThrow({ where: { title: DEMO_TITLE } });
  await page.goto(`/articles/${article.id}`);
  const loaded = await page.request.get(`/api/v1/articles/${article.id}`);
  expect(loaded.status()).toBe(200);
  const claims = ((await loaded.json()) as { claims: ClaimJson[] }).claims.filter((c) => !c.orphaned);
  expect(claims.length).toBeGreaterThan(4);

  // The legend: one sample per status, each with a different pattern. (Read once the claims
  // panel has replaced its placeholder, legend included.)
  await expect(page.locator("[data-claim-card]").first()).toBeVisible();
  const legend = page.getByRole("list", { name: "Highlight legend" });
  const patterns = new Map<string, string>();
  for (const status of STATUSES) {
    const item = legend.locator(`[data-legend-status="${status}"]`);
    await expect(item).toContainText(LABEL[status]!);
    patterns.set(status, await readPattern(item.locator("[data-claim-status]")));
  }
  expect(new Set(patterns.values()).size).toBe(STATUSES.length);
  for (const pattern of patterns.values()) expect(pattern).toMatch(/^underline /);

  // Every highlight in the text: the legend's pattern for its status, and a description.
  for (const claim of claims) {
    const highlight = highlightOf(page, claim.id);
    await expect(highlight).toHaveAttribute("data-claim-status", claim.status);
    expect(await readPattern(highlight)).toBe(patterns.get(claim.status));
    const rating = claim.status === "VERIFIED" && claim.rating ? `, ${claim.rating}` : "";
    await expect(highlight).toHaveAccessibleDescription(`Claim: ${LABEL[claim.status]}${rating}`);
  }

  // What a screen reader gets for the verified casualty figures: the claim, described with its
  // status and rating, and the rating tag not read as words of the article.
  const verified = claims.find((c) => c.status === "VERIFIED" && c.rating);
  expect(verified, "the demo has a verified claim with a rating").toBeTruthy();
  const mark = highlightOf(page, verified!.id);
  await expect(mark).toContainText(verified!.quote.slice(0, 20));
  await expect(mark).toHaveAccessibleDescription(`Claim: Verified, ${verified!.rating}`);
  const tag = page.locator(`[data-claim-tag="${verified!.id}"]`);
  await expect(tag).toHaveText(verified!.rating!);
  await expect(tag).toHaveAttribute("aria-hidden", "true");
  const paragraph = page.locator(".article-body p").filter({ has: tag });
  const snapshot = await paragraph.ariaSnapshot();
  expect(snapshot).toContain(verified!.quote.slice(0, 20));
  expect(snapshot).not.toContain(verified!.rating!);

  // A nested claim ("13 US servicemen" inside the casualty figures) draws its underline
  // below its parent's, so both stay visible.
  const nested = page.locator(".article-body mark.claim mark.claim").first();
  await expect(nested).toBeVisible();
  const offsets = await nested.evaluate((element) => [
    getComputedStyle(element.parentElement!.closest("mark.claim")!).textUnderlineOffset,
    getComputedStyle(element).textUnderlineOffset,
  ]);
  expect(offsets[0]).not.toBe(offsets[1]);
});

test("a colleague's status change reaches the highlight's pattern and description live", async ({
  page,
  baseURL,
}) => {
  const editor = await apiAs("editor", baseURL ?? "");
  const manager = await apiAs("manager", baseURL ?? "");
  const article = await createArticleViaApi(
    editor,
    `Highlight status ${Date.now()}`,
    "The talks lasted a fortnight and a day, the envoy says.",
  );
  const claimId = crypto.randomUUID();
  const saved = await editor.put(`/api/v1/articles/${article.id}/document`, {
    data: {
      baseVersion: article.version,
      doc: docWithClaim("The talks lasted ", "a fortnight and a day", ", the envoy says.", claimId),
    },
  });
  expect(saved.status()).toBe(200);

  await page.goto(`/articles/${article.id}`);
  const highlight = highlightOf(page, claimId);
  await expect(highlight).toHaveAccessibleDescription("Claim: Open");
  const open = await readPattern(highlight);
  // Live: the event stream is up once the page shows who is here.
  await expect(page.locator("[data-sync-state]")).toHaveAttribute("data-sync-state", "synced");

  // Clicking the highlight makes it the active claim (outlined).
  await highlight.click();
  await expect(highlight).toHaveAttribute("data-claim-active", "true");

  const response = await manager.post(`/api/v1/claims/${claimId}/transitions`, {
    data: { to: "DISMISSED", reason: "Background, not a claim" },
  });
  expect(response.status()).toBe(200);
  await expect(highlight).toHaveAttribute("data-claim-status", "DISMISSED", { timeout: 10_000 });
  await expect(highlight).toHaveAccessibleDescription("Claim: Dismissed");
  expect(await readPattern(highlight)).not.toBe(open);
  // Still the active claim, and still the same words.
  await expect(highlight).toHaveAttribute("data-claim-active", "true");
  await expect(highlight).toHaveText("a fortnight and a day");
  await editor.dispose();
  await manager.dispose();
});
