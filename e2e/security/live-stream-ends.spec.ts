import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createArticleViaApi } from "../fixtures/api";
import { contextSignedInAs, createPerson } from "../fixtures/people";

test("an article's live event stream ends soon after its session is signed out", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const person = await createPerson(baseURL!);
  const { context, page } = await contextSignedInAs(browser, person);
  const article = await createArticleViaApi(page.request, "Live stream revocation", "One paragraph.");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const abort = new AbortController();
  const response = await fetch(
    new URL(`/api/v1/articles/${article.id}/events?clientId=${randomUUID()}`, baseURL),
    {
      headers: { cookie, accept: "text/event-stream" },
      signal: abort.signal,
    },
  );
  expect(response.status).toBe(200);
  const ended = (async () => {
    const reader = response.body!.getReader();
    while (!(await reader.read()).done) {
      // Keep reading until the server closes the stream.
    }
    return "ended";
  })();

  await page.getByRole("button", { name: new RegExp(person.name) }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The stream re-checks its session with each keep-alive (every 15 s).
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("still open"), 40_000));
  expect(await Promise.race([ended, timeout])).toBe("ended");
  abort.abort();
  await context.close();
});
