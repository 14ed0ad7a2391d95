import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, USERS } from "../fixtures/users";

test("a wrong password is refused plainly; the right one signs in; sign-out ends the session", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Email").fill(USERS.editor);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match an active account");

  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Desk", exact: true })).toBeVisible();
  await expect(page.getByText("Editor", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: /Elena Editor/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});
