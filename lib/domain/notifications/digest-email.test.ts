import { describe, expect, it } from "vitest";
import { composeDigest } from "./digest-email";

const at = new Date("2026-12-03T09:30:00Z");

describe("composeDigest", () => {
  it("groups notifications under their article with a link to each", () => {
    const { subject, text } = composeDigest({
      name: "Ana",
      publicUrl: "https://desk.example.org/",
      total: 3,
      items: [
        {
          message: "Bo assigned you “11 days”",
          createdAt: at,
          article: { id: "a1", title: "Kabul falls" },
          path: "/articles/a1?claim=c1",
        },
        {
          message: "Cy mentioned you",
          createdAt: at,
          article: { id: "a2", title: "Budget\nvote" },
          path: "/articles/a2?claim=c2",
        },
        {
          message: "Bo assigned you “Bagram”",
          createdAt: at,
          article: { id: "a1", title: "Kabul falls" },
          path: "/articles/a1?claim=c3",
        },
      ],
    });
    expect(subject).toBe("Claimdesk: 3 notifications on 2 articles");
    expect(text).toContain(
      "Kabul falls\n\n  - Bo assigned you “11 days” (2026-12-03 09:30 UTC)\n    https://desk.example.org/articles/a1?claim=c1\n  - Bo assigned you “Bagram”",
    );
    expect(text).toContain("Budget vote");
    expect(text).toContain("https://desk.example.org/settings#notifications");
    expect(text).not.toContain("more:");
  });

  it("counts what it does not list", () => {
    const { subject, text } = composeDigest({
      name: "Ana",
      publicUrl: "http://localhost:3000",
      total: 60,
      items: [{ message: "One", createdAt: at, article: { id: "a1", title: "T" }, path: "/articles/a1" }],
    });
    expect(subject).toBe("Claimdesk: 60 notifications on 1 article");
    expect(text).toContain("And 59 more: http://localhost:3000/");
  });
});
