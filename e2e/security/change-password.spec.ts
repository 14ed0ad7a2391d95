import { expect, test } from "@playwright/test";
import { testDb } from "../fixtures/db";
import {
  NEW_PERSON_PASSWORD,
  contextSignedInAs,
  contextWithCookiesOf,
  createPerson,
  signInWithForm,
} from "../fixtures/people";

test("a person changes their own password from Settings; every old session ends", async ({
  browser,
  baseURL,
}) => {
  const person = await createPerson(baseURL!);
  const { context, page } = await contextSignedInAs(browser, person);
  const oldCookies = await context.cookies();

  await page.getByRole("button", { name: new RegExp(person.name) }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();

  // The same strength rule as user creation, and the current password is checked.
  await page.getByLabel("Current password").fill(NEW_PERSON_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("too-short");
  await page.getByLabel("Repeat the new password").fill("too-short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 12 characters for the password.")).toBeVisible();

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill("my new long passphrase");
  await page.getByLabel("Repeat the new password").fill("my new long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();

  await page.getByLabel("Current password").fill(NEW_PERSON_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login\?passwordChanged=1/);
  await expect(page.getByRole("status")).toContainText("Sign in with the new password");

  const old = await contextWithCookiesOf(browser, oldCookies);
  expect((await old.request.get("/api/v1/articles")).status()).toBe(401);
  await old.close();

  await signInWithForm(page, person.email, "my new long passphrase");
  const events = await testDb.auditEvent.findMany({
    where: { action: "user.password_changed", actorId: person.id },
  });
  expect(events).toHaveLength(1);
  expect(JSON.stringify(events)).not.toContain("passphrase");
  await context.close();
});
