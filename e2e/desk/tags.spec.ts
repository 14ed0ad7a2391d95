// Article tags in the browser: an editor tags the demo article in its header (typing with
// Enter or a comma, a suggestion, Backspace and ×), the desk filters by the tag with the
// choice in the URL, a fact-checker sees the tags read-only, and both pages stay axe clean
// at 1440 and 390 px.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { apiAs, createArticleViaApi } from "../fixtures/api";
import { testDb } from "../fixtures/db";
import { DEMO_TITLE, openDemoArticle } from "../fixtures/demo";
import { storageStateOf } from "../fixtures/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function demoArticleId(): Promise<string> {
  return (await testDb.article.findFirstOrThrow({ where: { title: DEMO_TITLE }, select: { id: true } })).id;
}

async function tagsOf(articleId: string): Promise<string[]> {
  const rows = await testDb.articleTag.findMany({
    where: { articleId },
    select: { tag: { select: { name: true } } },
  });
  return rows.map((r) => r.tag.name).sort();
}

/** Another article (a fresh database holds only the demo one). */
async function otherArticle(baseURL: string): Promise<string> {
  const api = await apiAs("editor", baseURL);
  const article = await createArticleViaApi(
    api,
    `Tagged elsewhere ${randomUUID().slice(0, 6)}`,
    "Some text.",
  );
  await api.dispose();
  return article.id;
}

/** Puts tags on an article through the API as the editor (what the UI does). */
async function setTags(baseURL: string, articleId: string, tags: string[]) {
  const api = await apiAs("editor", baseURL);
  const response = await api.put(`/api/v1/articles/${articleId}/tags`, { data: { tags } });
  expect(response.status()).toBe(200);
  await api.dispose();
}

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "the page is wider than the screen").toBeLessThanOrEqual(0);
}

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor"), viewport: { width: 1440, height: 900 } });

  test("tags the demo article in its header, then the desk filters by the tag, in the URL", async ({
    page,
    baseURL,
  }) => {
    const stem = randomUUID().slice(0, 6);
    const [kabul, iskp, afghanistan] = [`Kabul ${stem}`, `ISKP ${stem}`, `Afghanistan ${stem}`];
    const articleId = await demoArticleId();
    await setTags(baseURL ?? "", articleId, []);
    // A tag already in use elsewhere, for the suggestions.
    const other = { id: await otherArticle(baseURL ?? "") };
    await setTags(baseURL ?? "", other.id, [afghanistan]);

    await openDemoArticle(page);
    const input = page.getByRole("combobox", { name: "Tags" });
    await expect(input).toBeVisible();

    // Enter adds a typed name; the toast confirms the save.
    await input.fill(kabul);
    await input.press("Enter");
    await expect(page.getByText(`Tag “${kabul}” added.`)).toBeVisible();
    const chips = page.getByRole("list", { name: "Tags" });
    await expect(chips.getByRole("listitem")).toHaveText([kabul]);
    await expect.poll(() => tagsOf(articleId)).toEqual([kabul]);

    // A comma adds too.
    await input.pressSequentially(`${iskp},`);
    await expect(page.getByText(`Tag “${iskp}” added.`)).toBeVisible();
    await expect(chips.getByRole("listitem")).toHaveText([iskp, kabul]);
    await expect(input).toHaveValue("");

    // A suggestion of a tag in use, chosen with the arrow keys, keeps its spelling.
    await input.pressSequentially(`afghanistan ${stem}`);
    const option = page.getByRole("option", { name: new RegExp(afghanistan) });
    await expect(option).toBeVisible();
    await input.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await input.press("Enter");
    await expect(chips.getByRole("listitem")).toHaveText([afghanistan, iskp, kabul]);
    await expect.poll(() => tagsOf(articleId)).toEqual([afghanistan, iskp, kabul].sort());

    // A name that breaks the rules is refused with the reason, and what was typed stays.
    const long = "x".repeat(41);
    await input.fill(long);
    await input.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "Keep each tag to 40 characters" })).toBeVisible();
    await expect(input).toHaveValue(long);
    await input.fill("");

    // Backspace in the empty field removes the last tag; × removes a named one.
    await input.press("Backspace");
    await expect(page.getByText(`Tag “${kabul}” removed.`)).toBeVisible();
    await page.getByRole("button", { name: `Remove tag ${afghanistan}` }).click();
    await expect(chips.getByRole("listitem")).toHaveText([iskp]);
    await expect.poll(() => tagsOf(articleId)).toEqual([iskp]);
    const events = await testDb.auditEvent.findMany({
      where: { articleId, action: "article.tagged" },
      orderBy: { seq: "desc" },
      take: 1,
    });
    expect(events[0]?.after).toEqual({ tags: [iskp] });

    // The desk: the Tags column, and the filter listing the tags in use.
    await page.goto("/");
    const filters = page.getByRole("search", { name: "Filter articles" });
    await filters.getByLabel("Tag").selectOption({ label: `${iskp} (1)` });
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(new RegExp(`tag=${encodeURIComponent(iskp).replace(/%20/g, "(\\+|%20)")}`));
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByRole("link", { name: DEMO_TITLE })).toBeVisible();
    await expect(rows.first().getByRole("list", { name: `Tags of ${DEMO_TITLE}` })).toHaveText(iskp);

    // The URL is the view: opened afresh (any spelling), it shows the same; Back leaves it.
    const url = page.url();
    await page.goto(`/?tag=${encodeURIComponent(iskp.toUpperCase())}`);
    await expect(rows).toHaveCount(1);
    await page.goto(url);
    await expect(filters.getByLabel("Tag")).toHaveValue(iskp);
    await expect(rows).toHaveCount(1);
    await page.goBack();
    await expect(rows).toHaveCount(1);

    // A chip on the desk is a link to the desk filtered by it.
    await page.goto(`/?q=${encodeURIComponent("looming threat")}`);
    await page
      .getByRole("list", { name: `Tags of ${DEMO_TITLE}` })
      .getByRole("link", { name: iskp })
      .click();
    // A client-side navigation: the address changes once the server has answered.
    await page.waitForURL(/tag=/, { timeout: 30_000 });
    await expect(filters.getByLabel("Tag")).toHaveValue(iskp);

    // A tag nobody uses: the empty desk says which filter is on.
    await page.goto(`/?tag=${encodeURIComponent(`Nobody ${stem}`)}`);
    await expect(page.getByText(`No articles match tagged “Nobody ${stem}”.`)).toBeVisible();
    await setTags(baseURL ?? "", articleId, []);
  });
});

test.describe("as a fact-checker", () => {
  test.use({ storageState: storageStateOf("checker"), viewport: { width: 1440, height: 900 } });

  test("sees the tags read-only, and the server refuses a change", async ({ page, baseURL }) => {
    const name = `Read only ${randomUUID().slice(0, 6)}`;
    const articleId = await demoArticleId();
    await setTags(baseURL ?? "", articleId, [name]);
    await openDemoArticle(page);
    await expect(page.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText([name]);
    await expect(page.getByRole("combobox", { name: "Tags" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: `Remove tag ${name}` })).toHaveCount(0);

    const api = await apiAs("checker", baseURL ?? "");
    const refused = await api.put(`/api/v1/articles/${articleId}/tags`, { data: { tags: [] } });
    expect(refused.status()).toBe(403);
    await api.dispose();
    expect(await tagsOf(articleId)).toEqual([name]);
    await setTags(baseURL ?? "", articleId, []);
  });
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ storageState: storageStateOf("editor"), viewport });

    test("the tagged desk, its filter and the workspace's tag editor fit and are axe clean", async ({
      page,
      baseURL,
    }) => {
      const name = `Wide ${randomUUID().slice(0, 6)}`;
      const articleId = await demoArticleId();
      await setTags(baseURL ?? "", articleId, [name]);
      const other = { id: await otherArticle(baseURL ?? "") };
      await setTags(baseURL ?? "", other.id, [`Afghanistan ${name}`]);

      await page.goto(`/?tag=${encodeURIComponent(name)}`);
      const row = page.locator("tbody tr").first();
      await expect(row.getByRole("list", { name: `Tags of ${DEMO_TITLE}` })).toBeVisible();
      await expect(row.locator('td[data-label="Tags"]')).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page);

      await openDemoArticle(page);
      const input = page.getByRole("combobox", { name: "Tags" });
      await input.pressSequentially(`Afghanistan ${name}`);
      await expect(page.getByRole("listbox", { name: "Tags in use" })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page);
      await input.press("Escape");
      await expect(page.getByRole("listbox", { name: "Tags in use" })).toBeHidden();
      await setTags(baseURL ?? "", articleId, []);
    });
  });
}
