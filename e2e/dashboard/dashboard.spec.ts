// A manager reads the dashboard: figures from seeded work on known days in March 2025 (the
// demo's own work happens today, so those days hold only these), the CSV of the same
// numbers, a figure's link to the list behind it; a fact-checker is told it is for managers.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { testDb } from "../fixtures/db";
import { USERS, storageStateOf } from "../fixtures/users";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const RANGE = "from=2025-03-01&to=2025-03-03";
const SEEDED_TITLE = "Dashboard spec: work of March 2025";

test.describe("a manager", () => {
  test.use({ storageState: storageStateOf("manager") });

  let checker: { id: string; name: string };
  let checker2: { id: string; name: string };

  test.beforeAll(async () => {
    checker = await testDb.user.findUniqueOrThrow({
      where: { email: USERS.checker },
      select: { id: true, name: true },
    });
    checker2 = await testDb.user.findUniqueOrThrow({
      where: { email: USERS.checker2 },
      select: { id: true, name: true },
    });
    const editor = await testDb.user.findUniqueOrThrow({ where: { email: USERS.editor } });
    const rating = await testDb.rating.findFirstOrThrow({ where: { label: "True" } });
    // Once per database: a retry (or a worker restarted after a failure) runs this again.
    if (await testDb.article.findFirst({ where: { title: SEEDED_TITLE } })) return;
    const article = await testDb.article.create({
      data: {
        title: SEEDED_TITLE,
        doc: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Two claims." }] }],
        },
        createdById: editor.id,
        updatedById: editor.id,
      },
    });
    // Two claims marked on 2 March at 01:00, verified that day after 5 h and 7 h: median 6 h,
    // p90 5 + 0.9 × 2 = 6.8 h.
    for (const [hours, proposer] of [
      [5, checker],
      [7, checker2],
    ] as const) {
      const marked = new Date("2025-03-02T01:00:00Z");
      const claim = await testDb.claim.create({
        data: {
          id: randomUUID(),
          articleId: article.id,
          quote: "Two claims",
          prefix: "",
          suffix: ".",
          start: 0,
          end: 10,
          status: "VERIFIED",
          createdById: editor.id,
          createdAt: marked,
          assigneeId: proposer.id,
        },
      });
      await testDb.verdict.create({
        data: {
          claimId: claim.id,
          ratingId: rating.id,
          rationale: "As reported.",
          state: "APPROVED",
          proposedById: proposer.id,
          decidedAt: new Date(marked.getTime() + hours * 3_600_000),
        },
      });
    }
    // And one overdue for the second checker.
    await testDb.claim.create({
      data: {
        id: randomUUID(),
        articleId: article.id,
        quote: "claims",
        prefix: "Two ",
        suffix: ".",
        start: 4,
        end: 10,
        status: "RESEARCHING",
        createdById: editor.id,
        assigneeId: checker2.id,
        dueAt: new Date(Date.now() - 3 * 86_400_000),
      },
    });
  });

  test("sees the figures, downloads them as CSV and follows one to its list", async ({ page }) => {
    // The charts draw under the nonce CSP: no inline script, no refused style.
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
        refused.push(message.text());
    });
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
    // The default range: the last 30 days.
    await expect(page.getByLabel("To (UTC)")).toHaveValue(new Date().toISOString().slice(0, 10));

    await page.getByLabel("From (UTC)").fill("2025-03-01");
    await page.getByLabel("To (UTC)").fill("2025-03-03");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(RANGE));

    await expect(page.getByRole("heading", { name: "Claims verified: 2" })).toBeVisible();
    const time = page.getByRole("region", { name: "Time from marking to verdict" });
    await expect(time).toContainText("Median 6.0 h, 90th percentile 6.8 h over 2 verdicts.");
    await expect(time.getByRole("row", { name: new RegExp(checker.name) })).toContainText("5.0 h");
    await expect(time.getByRole("row", { name: new RegExp(checker2.name) })).toContainText("7.0 h");
    await expect(
      page.getByRole("img", { name: /Claims verified per day .* 2 in all, most on 2025-03-02 \(2\)/ }),
    ).toBeVisible();

    const overdueFor = await testDb.claim.count({
      where: {
        assigneeId: checker2.id,
        removedAt: null,
        dueAt: { lt: new Date() },
        status: { notIn: ["VERIFIED", "DISMISSED"] },
      },
    });
    const overdueLink = page.getByRole("link", { name: `${overdueFor} overdue for ${checker2.name}` });
    await expect(overdueLink).toBeVisible();

    for (const chart of [/^Claims by status from/, /^Claims verified per day/, /^Articles at each gate/]) {
      await expect(
        page.getByRole("img", { name: chart }).locator("svg.recharts-surface").first(),
      ).toBeVisible();
    }
    expect(refused).toEqual([]);

    const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("claimdesk-dashboard-2025-03-01-to-2025-03-03.csv");
    const csv = fs.readFileSync((await download.path()) ?? "", "utf8");
    expect(csv).toContain("figure,day,status,checker_id,checker,value\r\n");
    expect(csv).toContain("verified_per_day,2025-03-02,,,,2\r\n");
    expect(csv).toContain("hours_to_verdict_median,,,,,6.00\r\n");
    expect(csv).toContain(`verified_per_checker,,,${checker.id},${checker.name},1\r\n`);

    await overdueLink.click();
    await expect(page).toHaveURL(`/?assigneeId=${checker2.id}`);
    await expect(page.getByRole("main")).toBeVisible();
  });

  test("is told what is wrong with a range, and the API refuses it with the field", async ({ page }) => {
    await page.goto("/dashboard?from=2025-03-05&to=2025-03-01");
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "The From date (2025-03-05) is after the To date (2025-03-01)." }),
    ).toBeVisible();
    await expect(page.getByLabel("From (UTC)")).toHaveValue("2025-03-05");
    const reversed = await page.request.get("/api/v1/dashboard?from=2025-03-05&to=2025-03-01");
    expect(reversed.status()).toBe(422);
    expect(((await reversed.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
      "from",
    );
    const long = await page.request.get("/api/v1/dashboard?from=2024-01-01&to=2025-03-01");
    expect(long.status()).toBe(422);
    const ok = await page.request.get(`/api/v1/dashboard?${RANGE}`);
    expect(((await ok.json()) as { throughput: { total: number } }).throughput.total).toBe(2);
  });
});

test.describe("a fact-checker", () => {
  test.use({ storageState: storageStateOf("checker") });

  test("has no dashboard: no link, a reason on the page, 403 from the API", async ({ page }) => {
    await page.goto("/");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My queue" }),
    ).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }),
    ).toHaveCount(0);
    await page.goto("/dashboard");
    await expect(
      page.getByRole("alert").filter({ hasText: "Only managers can see the dashboard." }),
    ).toBeVisible();
    expect((await page.request.get("/api/v1/dashboard")).status()).toBe(403);
  });
});
