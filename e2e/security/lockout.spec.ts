import { expect, test } from "@playwright/test";
import { testDb } from "../fixtures/db";
import { NEW_PERSON_PASSWORD, createPerson } from "../fixtures/people";

test("repeated wrong passwords pause sign-in with a notice that names no culprit, even for the right password", async ({
  browser,
  baseURL,
}) => {
  const person = await createPerson(baseURL!);
  // Its own address (no proxy is configured, so the app takes X-Forwarded-For as sent):
  // this spec's failures do not count against the address the other specs sign in from.
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(person.email);
  const alert = page.getByRole("main").getByRole("alert");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong-guess-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toContainText("do not match an active account");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill(NEW_PERSON_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toContainText("Too many attempts. Try again in 1 minute.");
  await expect(page).toHaveURL(/\/login/);
  expect(await testDb.rateLimit.count({ where: { key: `signin:account:${person.email}` } })).toBe(1);
  await context.close();
});
