import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { apiAs, articleWithAssignedClaim } from "../fixtures/api";
import { contextSignedInAs, createPerson } from "../fixtures/people";
import { testDb } from "../fixtures/db";

test("a checker turns mentions off in settings: assignments still reach the bell, mentions do not", async ({
  browser,
  baseURL,
}) => {
  const person = await createPerson(baseURL ?? "", "CHECKER");
  const { context, page } = await contextSignedInAs(browser, person);

  // From the bell to the choices.
  await page.getByRole("button", { name: /^Notifications/ }).click();
  await page.getByRole("link", { name: "Choose what notifies you" }).click();
  await expect(page).toHaveURL(/\/settings#notifications$/);
  const section = page.getByRole("region", { name: "Notifications" });
  await expect(section.getByRole("note")).toContainText("no email set up");

  const mentioned = section.getByRole("group", { name: "Mentioned" });
  await expect(mentioned.getByRole("radio", { name: "In the app and by email" })).toBeChecked();
  await mentioned.getByRole("radio", { name: "Off" }).check();
  await section.getByLabel("Email digest").selectOption({ label: "At most once an hour" });
  await section.getByRole("button", { name: "Save notification choices" }).click();
  await expect(page.getByText("Notification choices saved.")).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole("group", { name: "Mentioned" }).getByRole("radio", { name: "Off" }),
  ).toBeChecked();
  await expect(page.getByLabel("Email digest")).toHaveValue("hourly");

  // A manager assigns a claim to them and mentions them on it.
  const title = `Preferences ${randomUUID().slice(0, 6)}`;
  const { claimId } = await articleWithAssignedClaim(baseURL ?? "", {
    title,
    before: "The state fell in just ",
    quote: "11 days",
    after: ".",
    assigneeId: person.id,
  });
  const manager = await apiAs("manager", baseURL ?? "");
  const handle = person.email.slice(0, person.email.indexOf("@"));
  const comment = await manager.post(`/api/v1/claims/${claimId}/comments`, {
    data: { body: `@${handle} can you look at this first?` },
  });
  expect(comment.status()).toBe(201);
  await manager.dispose();

  await page.goto("/queue");
  await page.getByRole("button", { name: "Notifications, 1 unread" }).click();
  await expect(page.getByRole("region", { name: title }).getByRole("link")).toHaveText(
    /assigned you “11 days”/,
  );
  expect(await testDb.notification.count({ where: { userId: person.id, kind: "mentioned" } })).toBe(0);
  await context.close();
});

test("the API refuses a channel it does not know and names the allowed ones", async ({ baseURL }) => {
  const api = await apiAs("checker", baseURL ?? "");
  const response = await api.put("/api/v1/account/notifications", {
    data: { channels: { assigned: "pager" } },
  });
  expect(response.status()).toBe(422);
  expect(JSON.stringify(await response.json())).toContain("email, app, off");
  await api.dispose();
});
