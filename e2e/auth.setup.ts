import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, USERS, storageStateOf, type DemoRole } from "./fixtures/users";

for (const role of Object.keys(USERS) as DemoRole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(USERS[role]);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("heading", { name: "Desk", exact: true })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
