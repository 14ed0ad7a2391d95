import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { apiAs, createArticleViaApi, docWithClaim } from "../fixtures/api";
import { testDb } from "../fixtures/db";
import { storageStateOf, USERS } from "../fixtures/users";

test.use({ storageState: storageStateOf("checker") });

test("a notification names its article, is read when opened, and the rest are read with 'Mark all read'", async ({
  page,
  baseURL,
}) => {
  const editor = await apiAs("editor", baseURL ?? "");
  const manager = await apiAs("manager", baseURL ?? "");
  const checker = await testDb.user.findUniqueOrThrow({ where: { email: USERS.checker } });
  const titles = [`Bell test ${randomUUID().slice(0, 6)} one`, `Bell test ${randomUUID().slice(0, 6)} two`];
  for (const title of titles) {
    const article = await createArticleViaApi(editor, title, "The state fell in just 11 days.");
    const claimId = randomUUID();
    const saved = await editor.put(`/api/v1/articles/${article.id}/document`, {
      data: {
        baseVersion: article.version,
        doc: docWithClaim("The state fell in just ", "11 days", ".", claimId),
      },
    });
    expect(saved.status()).toBe(200);
    const assigned = await manager.post(`/api/v1/claims/${claimId}/transitions`, {
      data: { to: "RESEARCHING", assigneeId: checker.id, dueAt: "2030-01-15" },
    });
    expect(assigned.status()).toBe(200);
  }
  await editor.dispose();
  await manager.dispose();

  await page.goto("/queue");
  const bell = page.getByRole("button", { name: /^Notifications, \d+ unread$/ });
  const unreadBefore = Number(/(\d+) unread/.exec((await bell.getAttribute("aria-label")) ?? "")?.[1]);
  await bell.click();
  const group = page.getByRole("region", { name: titles[1] });
  await expect(group.getByRole("heading", { name: titles[1] })).toBeVisible();
  await group.getByRole("link", { name: /assigned you “11 days”/ }).click();
  await expect(page).toHaveURL(/\/articles\/[^?]+\?claim=/);
  await expect(page.getByRole("button", { name: `Notifications, ${unreadBefore - 1} unread` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: `Notifications, ${unreadBefore - 1} unread` })).toBeVisible();

  await page.getByRole("button", { name: /^Notifications/ }).click();
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();
  expect(await testDb.notification.count({ where: { userId: checker.id, readAt: null } })).toBe(0);
});
