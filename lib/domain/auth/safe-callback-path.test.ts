import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/domain/auth/safe-callback-path";

const ORIGIN = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it.each([
    ["/", "/"],
    ["/articles/abc", "/articles/abc"],
    ["/articles/abc?tab=claims#c1", "/articles/abc?tab=claims#c1"],
    ["articles", "/articles"],
    ["http://localhost:3000/audit?x=1", "/audit?x=1"],
    ["HTTP://LOCALHOST:3000/queue", "/queue"],
  ])("keeps the same-origin path %j as %j", (input, expected) => {
    expect(safeCallbackPath(input, ORIGIN)).toBe(expected);
  });

  it.each([
    // The two reported by the security review, decoded as the page receives them.
    "/\\evil.test/x",
    "/\t/evil.test/x",
    "//evil.test/x",
    "///evil.test/x",
    "\\\\evil.test/x",
    "/\\/evil.test",
    "/\n/evil.test/x",
    "/\r\n/evil.test/x",
    " //evil.test",
    "\t//evil.test",
    "https://evil.test/x",
    "http://localhost:3001/x",
    "https://localhost:3000/x",
    "http://localhost:3000@evil.test/x",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "mailto:a@evil.test",
  ])("refuses %j", (input) => {
    expect(safeCallbackPath(input, ORIGIN)).toBe("/");
  });

  it("never returns a path that a browser reads as another host", () => {
    expect(safeCallbackPath("http://localhost:3000//evil.test/x", ORIGIN)).toBe("/evil.test/x");
    expect(safeCallbackPath("/%2F/evil.test", ORIGIN)).toBe("/%2F/evil.test");
  });

  it("refuses what is not a string, empty, or under a broken origin", () => {
    expect(safeCallbackPath(undefined, ORIGIN)).toBe("/");
    expect(safeCallbackPath(["/a"], ORIGIN)).toBe("/");
    expect(safeCallbackPath("", ORIGIN)).toBe("/");
    expect(safeCallbackPath("/a", "not a url")).toBe("/");
  });

  it("follows the app's public address, https and a port included", () => {
    expect(safeCallbackPath("https://claims.example.org/a", "https://claims.example.org")).toBe("/a");
    expect(safeCallbackPath("http://claims.example.org/a", "https://claims.example.org")).toBe("/");
  });
});
