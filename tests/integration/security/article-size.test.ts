// Issue 9 §7: an article up to the documented 1,000,000 characters goes through the
// new-article form's path (a multipart server-action body, line breaks sent as CRLF),
// whatever its script; one character more is refused with the reason, never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { db } from "@/lib/db";
import { createArticle } from "@/lib/server/articles/create-article";
import { MAX_ARTICLE_TEXT } from "@/lib/validation/articles";
import type { Actor } from "@/lib/server/auth/actor";
import { caught } from "@/tests/support/caught";
import { makeUser } from "@/tests/support/factories";

let editor: Actor;

/** `length` characters of `letter`, in paragraphs separated by a blank line sent as CRLF. */
function article(letter: string, length: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  for (let room = length; room > 0; room = length - total - 2) {
    const paragraph = letter.repeat(Math.min(9_998, room));
    paragraphs.push(paragraph);
    total += paragraph.length + (paragraphs.length > 1 ? 2 : 0);
  }
  // The last blank line may leave a character or two: the last paragraph takes them.
  return paragraphs.join("\r\n\r\n") + letter.repeat(length - total);
}

/** What the browser sends for the form: its fields as multipart/form-data. */
async function formBodyBytes(title: string, text: string): Promise<number> {
  const form = new FormData();
  form.set("title", title);
  form.set("text", text);
  form.set("format", "txt");
  return (await new Response(form).arrayBuffer()).byteLength;
}

function limitBytes(): number {
  const limit = String(nextConfig.experimental?.serverActions?.bodySizeLimit ?? "1mb");
  const match = /^(\d+)mb$/i.exec(limit);
  return Number(match?.[1] ?? 0) * 1024 * 1024;
}

beforeAll(async () => {
  editor = await makeUser("EDITOR");
});

describe("an article at the documented limit", () => {
  it.each([
    ["Cyrillic (2 bytes a letter)", "ж"],
    ["Chinese (3 bytes a character)", "中"],
  ])("fits in the server action's body in %s", async (_script, letter) => {
    const text = article(letter, MAX_ARTICLE_TEXT).replace(/\r\n/g, "\n");
    expect(text).toHaveLength(MAX_ARTICLE_TEXT);
    const sent = await formBodyBytes("x".repeat(200), text.replace(/\n/g, "\r\n"));
    expect(sent).toBeGreaterThan(1024 * 1024);
    expect(sent).toBeLessThanOrEqual(limitBytes());
  });

  it("is created from 1,000,000 Cyrillic characters whose line breaks came as CRLF", async () => {
    const text = article("ж", MAX_ARTICLE_TEXT);
    expect(text.replace(/\r\n/g, "\n")).toHaveLength(MAX_ARTICLE_TEXT);
    const created = await createArticle({ title: "Долгая статья", text }, editor);
    const row = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    const paragraphs = (row.doc as { content: { content?: { text: string }[] }[] }).content;
    const letters = paragraphs.flatMap((p) => p.content ?? []).reduce((n, t) => n + t.text.length, 0);
    expect(letters).toBe(text.replace(/\r\n/g, "").length);
  });

  it("refuses one character more with the reason beside the text (422, not 500)", async () => {
    const refusal = await caught(
      createArticle({ title: "Too long", text: article("ж", MAX_ARTICLE_TEXT + 1) }, editor),
    );
    expect(refusal.status).toBe(422);
    expect(refusal.issues).toEqual([
      expect.objectContaining({ path: "text", message: "The text is longer than 1,000,000 characters." }),
    ]);
    expect(await db.article.count({ where: { title: "Too long" } })).toBe(0);
  });
});
