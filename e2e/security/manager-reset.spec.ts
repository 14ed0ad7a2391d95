import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";
import { NO_SESSION, contextSignedInAs, createPerson, signInWithForm } from "../fixtures/people";

test.use({ storageState: storageStateOf("manager") });

test("a manager resets a password: shown once until dismissed, the person's sessions end, the new one works", async ({
  page,
  browser,
  baseURL,
}) => {
  const person = await createPerson(baseURL!);
  const theirs = await contextSignedInAs(browser, person);

  await page.goto("/admin");
  const users = page.getByRole("region", { name: "Users" });
  // A click before the page has hydrated opens nothing: click until the confirmation is up.
  const confirm = page.getByRole("alertdialog");
  await expect(async () => {
    await users.getByRole("button", { name: `Reset password of ${person.name}` }).click();
    await expect(confirm).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await confirm.getByRole("button", { name: "Reset password" }).click();

  const shown = page.getByRole("textbox", { name: `New password for ${person.name}` });
  await expect(shown).toBeVisible();
  const password = await shown.inputValue();
  expect(password).toMatch(/^[a-zA-Z2-9]{18}$/);
  // It stays on screen (no timer takes it away) until the manager dismisses it.
  await page.waitForTimeout(1500);
  await expect(shown).toBeVisible();

  expect((await theirs.page.request.get("/api/v1/articles")).status()).toBe(401);
  await theirs.context.close();

  const fresh = await browser.newContext({ storageState: NO_SESSION });
  await signInWithForm(await fresh.newPage(), person.email, password);
  await fresh.close();

  await page.getByRole("button", { name: "Done" }).click();
  await expect(shown).toBeHidden();
  const events = await testDb.auditEvent.findMany({ where: { action: "user.password_reset" } });
  expect(events.some((e) => JSON.stringify(e.after).includes(person.id))).toBe(true);
  expect(JSON.stringify(events)).not.toContain(password);
});
