import { expect, test } from "@playwright/test";
import { storageStateOf } from "../fixtures/users";
import { testDb } from "../fixtures/db";

test.describe("as a manager", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("adds a rating to the scale and a user who can then sign in; a disabled user cannot", async ({
    page,
    browser,
  }) => {
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Verdict scale" })).toBeVisible();

    await page.getByRole("button", { name: "Add rating" }).click();
    await page.getByLabel("Label").fill("Satire");
    await page.getByLabel("Rating value").fill("-1");
    await page.getByRole("button", { name: "Add rating" }).click();
    await expect(page.getByRole("button", { name: "Retire “Satire”" })).toBeVisible();
    expect(await testDb.rating.count({ where: { label: "Satire" } })).toBe(1);

    const users = page.getByRole("region", { name: "Users" });
    await users.getByLabel("Email", { exact: true }).fill("reporter@claimdesk.test");
    await users.getByLabel("Name", { exact: true }).fill("Rita Reporter");
    await users.getByLabel("Role", { exact: true }).selectOption("EDITOR");
    await users.getByLabel("Initial password").fill("a-long-enough-password");
    await users.getByRole("button", { name: "Add user" }).click();
    await expect(users.getByRole("cell", { name: "Rita Reporter", exact: true })).toBeVisible();
    // The initial password stays on screen until the manager is done with it.
    const notice = users.getByRole("region", { name: "Initial password for Rita Reporter" });
    await expect(notice.getByLabel("Initial password for Rita Reporter")).toHaveValue(
      "a-long-enough-password",
    );
    await notice.getByRole("button", { name: "Done" }).click();
    await expect(notice).toHaveCount(0);

    // A role is not changed by picking from the menu alone: it is confirmed first.
    const role = users.getByLabel("Role of Rita Reporter");
    await role.selectOption("MANAGER");
    const confirm = page.getByRole("alertdialog", { name: "Make Rita Reporter a manager?" });
    await expect(confirm).toContainText("Managers can do everything");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(role).toHaveValue("EDITOR");
    expect((await testDb.user.findUniqueOrThrow({ where: { email: "reporter@claimdesk.test" } })).role).toBe(
      "EDITOR",
    );
    await role.selectOption("CHECKER");
    await page
      .getByRole("alertdialog", { name: "Make Rita Reporter a fact-checker?" })
      .getByRole("button", { name: "Change role" })
      .click();
    await expect(role).toHaveValue("CHECKER");
    await expect
      .poll(
        async () =>
          (await testDb.user.findUniqueOrThrow({ where: { email: "reporter@claimdesk.test" } })).role,
      )
      .toBe("CHECKER");

    await users.getByRole("button", { name: "Disable Rita Reporter" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Disable account" }).click();
    await expect(users.getByRole("button", { name: "Enable Rita Reporter" })).toBeVisible();
    expect(
      (await testDb.user.findUniqueOrThrow({ where: { email: "reporter@claimdesk.test" } })).disabled,
    ).toBe(true);

    const context = await browser.newContext();
    const login = await context.newPage();
    await login.goto("/login");
    await login.getByLabel("Email").fill("reporter@claimdesk.test");
    await login.getByLabel("Password").fill("a-long-enough-password");
    await login.getByRole("button", { name: "Sign in" }).click();
    await expect(login.getByRole("main").getByRole("alert")).toContainText("do not match an active account");
    await context.close();
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("the admin page explains it is for managers, and the API refuses", async ({ page }) => {
    await page.goto("/admin");
    await expect(page.getByText("Only managers can administer the workspace.")).toBeVisible();
    const response = await page.request.get("/api/v1/admin/users");
    expect(response.status()).toBe(403);
  });
});
