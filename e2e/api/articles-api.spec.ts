import { expect, test } from "@playwright/test";
import { apiAs, createArticleViaApi, docWithClaim, type ArticleJson } from "../fixtures/api";
import { buildDocx, para, picture } from "../../tests/support/docx";

test.describe("JSON API v1 errors", () => {
  test("401 without a session, in the documented error shape", async ({ baseURL }) => {
    const anonymous = await apiAs(null, baseURL ?? "");
    const response = await anonymous.get("/api/v1/articles");
    expect(response.status()).toBe(401);
    const body = (await response.json()) as { error: Record<string, unknown> };
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error.code).toBe("unauthenticated");
    expect(typeof body.error.message).toBe("string");
    await anonymous.dispose();
  });

  test("403 when a fact-checker creates an article or rewrites one", async ({ baseURL }) => {
    const checker = await apiAs("checker", baseURL ?? "");
    const editor = await apiAs("editor", baseURL ?? "");
    const refused = await checker.post("/api/v1/articles", { data: { title: "x", text: "y" } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");

    const article = await createArticleViaApi(editor, "403 test", "Original words.");
    const doc = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Changed words." }] }],
    };
    const rewrite = await checker.put(`/api/v1/articles/${article.id}/document`, {
      data: { baseVersion: 1, doc },
    });
    expect(rewrite.status()).toBe(403);
    await checker.dispose();
    await editor.dispose();
  });

  test("201, then 200 for the article with its claims, 404 for an unknown id", async ({ baseURL }) => {
    const editor = await apiAs("editor", baseURL ?? "");
    const created = await createArticleViaApi(editor, "API test", "One claim here.");
    const got = await editor.get(`/api/v1/articles/${created.id}`);
    expect(got.status()).toBe(200);
    const body = (await got.json()) as ArticleJson & { title: string; status: string };
    expect(body).toMatchObject({
      id: created.id,
      title: "API test",
      status: "DRAFT",
      version: 1,
      claims: [],
    });

    const missing = await editor.get("/api/v1/articles/00000000-0000-4000-8000-000000000000");
    expect(missing.status()).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    await editor.dispose();
  });

  test("PUT document: 200 with claims, 409 with currentVersion, 422 for bad input, 413 over 2 MB", async ({
    baseURL,
  }) => {
    const editor = await apiAs("editor", baseURL ?? "");
    const article = await createArticleViaApi(editor, "PUT test", "The toll was 113.");
    const claimId = "5d7c1a52-3f0e-4d59-9a57-2f3d1c9e4b10";
    const marked = docWithClaim("The toll was ", "113", ".", claimId);
    const ok = await editor.put(`/api/v1/articles/${article.id}/document`, {
      data: { baseVersion: 1, doc: marked },
    });
    expect(ok.status()).toBe(200);
    expect(await ok.json()).toMatchObject({
      version: 2,
      claims: [
        {
          id: claimId,
          quote: "113",
          start: 13,
          end: 16,
          prefix: "The toll was ",
          suffix: ".",
          status: "OPEN",
          orphaned: false,
        },
      ],
    });

    const stale = await editor.put(`/api/v1/articles/${article.id}/document`, {
      data: { baseVersion: 1, doc: marked },
    });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "version_conflict", currentVersion: 2 } });

    const script = { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "alert(1)" } }] };
    const invalid = await editor.put(`/api/v1/articles/${article.id}/document`, {
      data: { baseVersion: 2, doc: script },
    });
    expect(invalid.status()).toBe(422);
    const invalidBody = (await invalid.json()) as { error: { code: string; issues: unknown[] } };
    expect(invalidBody.error.code).toBe("invalid_document");
    expect(invalidBody.error.issues.length).toBeGreaterThan(0);

    const validation = await editor.put(`/api/v1/articles/${article.id}/document`, { data: { doc: marked } });
    expect(validation.status()).toBe(422);
    expect(((await validation.json()) as { error: { code: string } }).error.code).toBe("validation");

    const notJson = await editor.put(`/api/v1/articles/${article.id}/document`, {
      headers: { "content-type": "application/json" },
      data: "{not json",
    });
    expect(notJson.status()).toBe(422);

    const huge = await editor.put(`/api/v1/articles/${article.id}/document`, {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ baseVersion: 2, doc: marked, padding: "x".repeat(2 * 1024 * 1024 + 10) }),
    });
    expect(huge.status()).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    await editor.dispose();
  });
});

test.describe("importing through the API", () => {
  test("a .docx uploaded as multipart/form-data becomes an article; a file over 10 MB is refused with 413", async ({
    baseURL,
  }) => {
    const editor = await apiAs("editor", baseURL ?? "");
    const docx = Buffer.from(await buildDocx(para("Uploaded through the API.") + para([picture()])));
    const created = await editor.post("/api/v1/articles", {
      multipart: {
        file: {
          name: "api-upload.docx",
          mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          buffer: docx,
        },
      },
    });
    expect(created.status()).toBe(201);
    const article = (await created.json()) as ArticleJson & {
      title: string;
      importNotices: { kind: string }[];
    };
    expect(article.title).toBe("Api upload");
    expect(article.importNotices.map((n) => n.kind)).toEqual(["images"]);

    const huge = await editor.post("/api/v1/articles", {
      multipart: {
        file: {
          name: "huge.html",
          mimeType: "text/html",
          buffer: Buffer.alloc(10 * 1024 * 1024 + 70 * 1024, "a"),
        },
      },
    });
    expect(huge.status()).toBe(413);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toBe(
      "The file is larger than 10 MB.",
    );
    await editor.dispose();
  });
});
