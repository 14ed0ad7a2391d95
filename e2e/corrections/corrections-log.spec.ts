import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Browser,
  type Page,
} from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { apiAs, createArticleViaApi, docWithClaim } from "../fixtures/api";
import { expectSaved, selectText } from "../fixtures/editor";
import { storageStateOf, type DemoRole } from "../fixtures/users";
import { testDb } from "../fixtures/db";

async function ok(response: Promise<APIResponse>, what: string) {
  const r = await response;
  if (!r.ok()) throw new Error(`${what}: ${r.status()} ${await r.text()}`);
  return r;
}

/** Through the API as four people: an article whose claim "11 days" is verified (Misleading) and cleared. */
async function clearedArticle(baseURL: string) {
  const api = Object.fromEntries(
    await Promise.all(
      (["editor", "checker", "checker2", "manager"] as const).map(async (r) => [r, await apiAs(r, baseURL)]),
    ),
  ) as Record<"editor" | "checker" | "checker2" | "manager", APIRequestContext>;
  const article = await createArticleViaApi(
    api.editor,
    `Corrections story ${Date.now()}`,
    "The state collapsed in just 11 days, the author says.",
  );
  const claimId = crypto.randomUUID();
  const doc = docWithClaim("The state collapsed in just ", "11 days", ", the author says.", claimId);
  await ok(
    api.editor.put(`/api/v1/articles/${article.id}/document`, { data: { baseVersion: 1, doc } }),
    "save",
  );
  const checker = await testDb.user.findUniqueOrThrow({ where: { email: "checker@claimdesk.test" } });
  const transition = (who: APIRequestContext, data: object) =>
    ok(who.post(`/api/v1/claims/${claimId}/transitions`, { data }), "transition");
  await transition(api.manager, { to: "RESEARCHING", assigneeId: checker.id });
  const source = (await (
    await ok(
      api.checker.post(`/api/v1/claims/${claimId}/sources`, {
        data: { url: "https://example.org/timeline", title: "Timeline of the collapse" },
      }),
      "source",
    )
  ).json()) as { id: string };
  await ok(
    api.checker.post(`/api/v1/claims/${claimId}/verdicts`, {
      data: { rating: "Misleading", rationale: "The count starts late.", sourceIds: [source.id] },
    }),
    "verdict",
  );
  await transition(api.checker, { to: "IN_REVIEW" });
  await transition(api.checker2, { to: "VERIFIED" });
  await ok(
    api.editor.post(`/api/v1/articles/${article.id}/transitions`, { data: { to: "IN_CHECK" } }),
    "check",
  );
  await ok(
    api.manager.post(`/api/v1/articles/${article.id}/transitions`, { data: { to: "CLEARED" } }),
    "clear",
  );
  await Promise.all(Object.values(api).map((a) => a.dispose()));
  return { articleId: article.id, claimId, sourceId: source.id };
}

async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function open(browser: Browser, role: DemoRole, path: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test("a change to a cleared article's claim asks for a public note, and the corrections log lists and exports it", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { articleId, claimId } = await clearedArticle(baseURL ?? "");

  const editor = await open(browser, "editor", `/articles/${articleId}`);
  await expect(editor.getByText(/Cleared for publication on .*public correction/)).toBeVisible();
  await selectText(editor, "11");
  await editor.keyboard.type("eleven");

  // The save waits for a note; the text stays in the editor.
  await expect(editor.locator("[data-save-state]")).toHaveAttribute("data-save-state", "correction", {
    timeout: 15_000,
  });
  const notice = editor.getByRole("region", { name: "Correction note needed before this change is saved" });
  await expect(notice).toContainText("The passage “11 days” now reads “eleven days”.");
  await expect(editor.locator(".article-body")).toContainText("eleven days");
  expect((await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).quote).toBe("11 days");
  await expectAccessible(editor);

  await notice.getByRole("button", { name: "Save with this correction note" }).click();
  await expect(notice.getByText("Write a short public note saying what was corrected.")).toBeVisible();
  const note = "An earlier version gave the length of the collapse as a figure; we spelled it out.";
  await notice.getByLabel("Public correction note").fill(note);
  await notice.getByRole("button", { name: "Save with this correction note" }).click();
  await expectSaved(editor);
  await expect(notice).toHaveCount(0);
  await expect(editor.getByText("In check").first()).toBeVisible();

  // The header counts it at once; the corrections log lists it as pending.
  await editor.getByRole("link", { name: "Corrections log (1)" }).click();
  await expect(editor.getByRole("heading", { name: /^Corrections:/ })).toBeVisible();
  const entry = editor.getByRole("list", { name: "Corrections" }).getByRole("listitem");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(note);
  await expect(entry).toContainText("Pending: published when the article is cleared again");
  await expect(entry).toContainText("Elena Editor");
  await expectAccessible(editor);

  const csv = await editor.request.get(`/api/v1/articles/${articleId}/corrections?format=csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toContain("attachment");
  const [header, row] = (await csv.text()).split("\r\n");
  expect(header).toBe(
    "status,published_at,recorded_at,kind,claim_id,claim_quote,before,after,summary,note,author",
  );
  expect(row).toContain(note);
  expect(row).toContain(claimId);

  // The assigned checker re-checks the claim: a different verdict needs its own note.
  const checker = await open(browser, "checker", `/articles/${articleId}?claim=${claimId}`);
  const card = checker.locator("[data-claim-card]", { hasText: "eleven days" }).first();
  await card.getByLabel("Rating").selectOption({ label: "False" });
  await card.getByLabel("Rationale").fill("It took ten days, not eleven.");
  await card.getByRole("checkbox", { name: "Timeline of the collapse" }).check();
  await expect(card.getByText(/This claim was published as “Misleading”/)).toBeVisible();
  await card.getByRole("button", { name: "Propose verdict" }).click();
  await expect(card.getByText("Write a short public note saying what was corrected.")).toBeVisible();
  await card.getByLabel("Public correction note").fill("We changed our rating from Misleading to False.");
  await card.getByRole("button", { name: "Propose verdict" }).click();
  await expect(card.getByRole("list", { name: "Verdict history" })).toContainText(
    "Public correction note: We changed our rating from Misleading to False.",
  );
});

test("the corrections API answers JSON, refuses strangers and bad formats, and a save without a note", async ({
  baseURL,
}) => {
  const { articleId, claimId } = await clearedArticle(baseURL ?? "");
  const checker = await apiAs("checker", baseURL ?? "");
  const log = await checker.get(`/api/v1/articles/${articleId}/corrections`);
  expect(log.status()).toBe(200);
  expect(await log.json()).toMatchObject({ article: { id: articleId, status: "CLEARED" }, corrections: [] });
  expect((await checker.get(`/api/v1/articles/${articleId}/corrections?format=xml`)).status()).toBe(422);
  expect((await checker.get(`/api/v1/articles/${crypto.randomUUID()}/corrections`)).status()).toBe(404);
  await checker.dispose();

  const anonymous = await apiAs(null, baseURL ?? "");
  expect((await anonymous.get(`/api/v1/articles/${articleId}/corrections`)).status()).toBe(401);
  await anonymous.dispose();

  const editor = await apiAs("editor", baseURL ?? "");
  const article = (await (await editor.get(`/api/v1/articles/${articleId}`)).json()) as {
    version: number;
    doc: unknown;
  };
  const reworded = JSON.parse(JSON.stringify(article.doc).replace("11 days", "12 days")) as unknown;
  const refused = await editor.put(`/api/v1/articles/${articleId}/document`, {
    data: { baseVersion: article.version, doc: reworded },
  });
  expect(refused.status()).toBe(422);
  const body = (await refused.json()) as { error: { code: string; corrections: { claimId: string }[] } };
  expect(body.error.code).toBe("correction_required");
  expect(body.error.corrections.map((c) => c.claimId)).toEqual([claimId]);
  const saved = await editor.put(`/api/v1/articles/${articleId}/document`, {
    data: { baseVersion: article.version, doc: reworded, correctionNote: "Corrected the figure." },
  });
  expect(saved.status()).toBe(200);
  const after = (await (await editor.get(`/api/v1/articles/${articleId}/corrections`)).json()) as {
    corrections: { note: string; summary: string }[];
  };
  expect(after.corrections).toEqual([
    expect.objectContaining({
      note: "Corrected the figure.",
      summary: "The passage “11 days” now reads “12 days”.",
    }),
  ]);
  await editor.dispose();
});
