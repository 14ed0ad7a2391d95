import { expect, test } from "@playwright/test";
import { apiAs, createArticleViaApi } from "../fixtures/api";
import { highlight, selectText } from "../fixtures/editor";
import { storageStateOf } from "../fixtures/users";

test.use({ storageState: storageStateOf("editor") });

const CLAIMS = 120;

/** One paragraph per claim: "Poll N: turnout was N percent in the district." */
function buildLongDoc(ids: string[]) {
  return {
    type: "doc",
    content: ids.map((id, i) => ({
      type: "paragraph",
      content: [
        { type: "text", text: `Poll ${i + 1}: ` },
        { type: "text", text: `turnout was ${i + 1} percent`, marks: [{ type: "claim", attrs: { id } }] },
        { type: "text", text: " in the district." },
      ],
    })),
  };
}

test("a long article's claims panel shows only the cards in view and still finds every claim", async ({
  page,
  baseURL,
}) => {
  const api = await apiAs("editor", baseURL ?? "");
  const article = await createArticleViaApi(api, "Long poll story", "Placeholder.");
  const ids = Array.from({ length: CLAIMS }, () => crypto.randomUUID());
  const put = await api.put(`/api/v1/articles/${article.id}/document`, {
    data: { baseVersion: article.version, doc: buildLongDoc(ids) },
  });
  expect(put.status()).toBe(200);
  await api.dispose();

  await page.goto(`/articles/${article.id}`);
  const panel = page.getByRole("complementary", { name: "Claims" });
  await expect(panel.getByRole("heading", { name: `Claims (${CLAIMS})` })).toBeVisible();
  const cards = panel.locator("[data-claim-card]");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeLessThan(CLAIMS);

  // Clicking the last highlight brings its card, far down the list, into view.
  const lastId = ids[CLAIMS - 1] ?? "";
  await highlight(page, `turnout was ${CLAIMS} percent`).click();
  const lastCard = panel.locator(`[data-claim-card="${lastId}"]`);
  await expect(lastCard).toBeInViewport();
  await expect(lastCard).toHaveAttribute("aria-current", "true");
  await expect(panel.locator(`li[aria-posinset="${CLAIMS}"][aria-setsize="${CLAIMS}"]`)).toHaveCount(1);

  // Typing inside a claim updates its card's quote.
  await selectText(page, `${CLAIMS} percent`);
  await page.keyboard.press("ArrowLeft"); // the caret before the number, inside the claim
  await page.keyboard.type("nearly ");
  await expect(
    lastCard.getByRole("button", { name: `Go to claim: turnout was nearly ${CLAIMS} percent`, exact: true }),
  ).toBeVisible();

  // The one shared confirm dialog opens for a virtualised card and gives focus back.
  const remove = lastCard.getByRole("button", { name: "Remove claim" });
  await remove.click();
  const dialog = page.getByRole("alertdialog", { name: "Remove this claim?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
});
