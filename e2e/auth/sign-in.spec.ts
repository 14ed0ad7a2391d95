import { expect, test } from "@playwright/test";
import { NEW_PERSON_PASSWORD, createPerson } from "../fixtures/people";

// A person of its own: signing out ends every session of that person, and the demo
// accounts' sessions are shared by the other specs.
test("a wrong password is refused plainly; the right one signs in; sign-out ends the session", async ({
  page,
  baseURL,
}) => {
  const person = await createPerson(baseURL!);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match an active account");

  await page.getByLabel("Password").fill(NEW_PERSON_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Desk", exact: true })).toBeVisible();
  await expect(page.getByText("Editor", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: new RegExp(person.name) }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});
