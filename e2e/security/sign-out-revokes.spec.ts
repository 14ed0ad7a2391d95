import { expect, test } from "@playwright/test";
import { contextSignedInAs, contextWithCookiesOf, createPerson } from "../fixtures/people";

test("after Sign out, the old session cookie is refused (401), not just deleted from the browser", async ({
  browser,
  baseURL,
}) => {
  const person = await createPerson(baseURL!);
  const { context, page } = await contextSignedInAs(browser, person);
  const cookies = await context.cookies();
  expect((await page.request.get("/api/v1/articles")).status()).toBe(200);

  await page.getByRole("button", { name: new RegExp(person.name) }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const stolen = await contextWithCookiesOf(browser, cookies);
  expect((await stolen.request.get("/api/v1/articles")).status()).toBe(401);
  const desk = await stolen.newPage();
  await desk.goto("/");
  await expect(desk).toHaveURL(/\/login/);
  await stolen.close();
  await context.close();
});
