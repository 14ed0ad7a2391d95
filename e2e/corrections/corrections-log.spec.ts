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
import { expectSynced, selectText } from "../fixtures/editor";
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

test("a change to a cleared article's claim lands at once and asks for its public note beside the text; the corrections log lists and exports it", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { articleId, claimId } = await clearedArticle(baseURL ?? "");

  const editor = await open(browser, "editor", `/articles/${articleId}`);
  await expect(editor.getByText(/Cleared for publication on .*public correction/)).toBeVisible();
  await selectText(editor, "11");
  await editor.keyboard.type("eleven");

  // Typing never waits: the change is saved, the article goes back to check, and the
  // correction waits for its note beside the text.
  await expectSynced(editor);
  await expect
    .poll(async () => (await testDb.claim.findUniqueOrThrow({ where: { id: claimId } })).quote)
    .toBe("eleven days");
  const notes = editor.getByRole("region", { name: "A correction needs a public note" });
  await expect(notes).toContainText("The passage “11 days” now reads “eleven days”.");
  await expect(editor.getByText("In check").first()).toBeVisible();
  await expectAccessible(editor);

  // Clearing is held until the note is written, and says so.
  const manager = await open(browser, "manager", `/articles/${articleId}`);
  await manager.getByRole("button", { name: "Clear for publication" }).click();
  await expect(manager.getByText("Correction note needed").first()).toBeVisible();

  await notes.getByRole("button", { name: "Save the note" }).click();
  await expect(notes.getByText("Write a short public note saying what was corrected.")).toBeVisible();
  const note = "An earlier version gave the length of the collapse as a figure; we spelled it out.";
  await notes.getByLabel("Public correction note").fill(note);
  await notes.getByRole("button", { name: "Save the note" }).click();
  await expect(notes).toHaveCount(0);
  await expect
    .poll(async () => (await testDb.correction.findFirstOrThrow({ where: { articleId } })).note)
    .toBe(note);

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

test("the corrections API answers JSON, refuses strangers and bad formats, and takes a note after the save", async ({
  baseURL,
}) => {
  const { articleId, claimId } = await clearedArticle(baseURL ?? "");
  const checker = await apiAs("checker", baseURL ?? "");
  const log = await checker.get(`/api/v1/articles/${articleId}/corrections`);
  expect(log.status()).toBe(200);
  expect(await log.json()).toMatchObject({ article: { id: articleId, status: "CLEARED" }, corrections: [] });
  expect((await checker.get(`/api/v1/articles/${articleId}/corrections?format=xml`)).status()).toBe(422);
  expect((await checker.get(`/api/v1/articles/${crypto.randomUUID()}/corrections`)).status()).toBe(404);

  const anonymous = await apiAs(null, baseURL ?? "");
  expect((await anonymous.get(`/api/v1/articles/${articleId}/corrections`)).status()).toBe(401);
  await anonymous.dispose();

  const editor = await apiAs("editor", baseURL ?? "");
  const article = (await (await editor.get(`/api/v1/articles/${articleId}`)).json()) as {
    version: number;
    doc: unknown;
  };
  const reworded = JSON.parse(JSON.stringify(article.doc).replace("11 days", "12 days")) as unknown;
  // A save without a note lands; its correction waits for the note (PATCH /corrections/:id).
  const saved = await editor.put(`/api/v1/articles/${articleId}/document`, {
    data: { baseVersion: article.version, doc: reworded },
  });
  expect(saved.status()).toBe(200);
  const pending = (await (await editor.get(`/api/v1/articles/${articleId}/corrections`)).json()) as {
    corrections: { id: string; claimId: string; note: string; summary: string }[];
  };
  expect(pending.corrections).toEqual([
    expect.objectContaining({ claimId, note: "", summary: "The passage “11 days” now reads “12 days”." }),
  ]);
  const id = pending.corrections[0]?.id ?? "";
  expect((await checker.patch(`/api/v1/corrections/${id}`, { data: { note: "Ours." } })).status()).toBe(403);
  expect((await editor.patch(`/api/v1/corrections/${id}`, { data: { note: "" } })).status()).toBe(422);
  const noted = await editor.patch(`/api/v1/corrections/${id}`, { data: { note: "Corrected the figure." } });
  expect(noted.status()).toBe(200);
  const after = (await (await editor.get(`/api/v1/articles/${articleId}/corrections`)).json()) as {
    corrections: { note: string; summary: string }[];
  };
  expect(after.corrections).toEqual([
    expect.objectContaining({
      note: "Corrected the figure.",
      summary: "The passage “11 days” now reads “12 days”.",
    }),
  ]);
  await checker.dispose();
  await editor.dispose();
});
