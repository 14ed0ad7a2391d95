import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { MAX_ARTICLE_TEXT, ZCreateArticleInput } from "./articles";

const MB = 1024 * 1024;

function bytes(limit: unknown): number {
  const match = /^(\d+)mb$/i.exec(String(limit));
  if (!match?.[1]) throw new Error(`unexpected body size limit ${String(limit)}`);
  return Number(match[1]) * MB;
}

describe("the new-article form's size limit", () => {
  it("lets the server action take the documented 1,000,000 characters in any script", () => {
    // Up to 3 UTF-8 bytes a character, plus the title and the multipart framing.
    const limit = bytes(nextConfig.experimental?.serverActions?.bodySizeLimit);
    expect(limit).toBeGreaterThanOrEqual(3 * MAX_ARTICLE_TEXT + 64 * 1024);
  });

  it("counts a line break once, however the browser sent it", () => {
    const lines = "а".repeat(MAX_ARTICLE_TEXT / 2 - 1);
    const text = `${lines}\r\n${lines}\r\n`;
    const parsed = ZCreateArticleInput.parse({ title: "t", text });
    expect(parsed.text).toHaveLength(MAX_ARTICLE_TEXT);
    expect(ZCreateArticleInput.safeParse({ title: "t", text: `${text}а` }).error?.issues[0]).toMatchObject({
      path: ["text"],
      message: "The text is longer than 1,000,000 characters.",
    });
  });
});
