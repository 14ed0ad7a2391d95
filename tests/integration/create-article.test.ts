import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

import { createArticle } from "@/lib/server/articles/create-article";
import { getPlainText } from "@/lib/domain/document/plain-text";
import type { NodeJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { makeUser } from "@/tests/support/factories";
import { caught } from "@/tests/support/caught";

let editor: Actor;
let checker: Actor;

beforeAll(async () => {
  editor = await makeUser("EDITOR", "Erin Editor");
  checker = await makeUser("CHECKER");
});

async function rowCounts() {
  const [articles, revisions, events] = await Promise.all([
    db.article.count(),
    db.articleRevision.count(),
    db.auditEvent.count(),
  ]);
  return { articles, revisions, events };
}

/** Every node of a subtree, depth first. */
function allNodes(node: NodeJSON): NodeJSON[] {
  return [node, ...(node.content ?? []).flatMap(allNodes)];
}

describe("createArticle", () => {
  it("imports plain text as paragraphs split on blank lines, a single newline kept as a line break", async () => {
    const text = "  First paragraph.  \n\nDateline, Kabul\nSecond paragraph.\n\n\n\nThird paragraph.\n";
    const article = await createArticle({ title: "  Plain import  ", text }, editor);

    expect(article.title).toBe("Plain import");
    expect(article.version).toBe(1);
    expect(article.status).toBe("DRAFT");
    expect(article.claims).toEqual([]);
    expect(article.updatedBy).toEqual({ id: editor.id, name: "Erin Editor" });
    expect(article.doc.content?.map((block) => block.type)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(article.doc.content?.[1]?.content?.map((n) => n.type)).toEqual(["text", "hardBreak", "text"]);
    expect(getPlainText(article.doc)).toBe(
      "First paragraph.\nDateline, Kabul\nSecond paragraph.\nThird paragraph.",
    );
  });

  it("stores the article with one revision and an article.created audit event naming the actor", async () => {
    const article = await createArticle({ title: "Recorded", text: "One.\n\nTwo." }, editor);

    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ title: "Recorded", version: 1, createdById: editor.id });
    expect(stored.doc).toEqual(article.doc);

    const revisions = await db.articleRevision.findMany({ where: { articleId: article.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, authorId: editor.id });
    expect(revisions[0]?.doc).toEqual(article.doc);

    const events = await db.auditEvent.findMany({ where: { articleId: article.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "article.created", actorId: editor.id, reason: null });
    expect(events[0]?.after).toEqual({ title: "Recorded", version: 1 });
  });

  it("turns Markdown headings, bold and links into nodes, and keeps HTML as literal text", async () => {
    const text = [
      "# The headline",
      "## A subhead",
      "Casualties were **over 113** according to [the report](https://example.org/report).",
      "<script>alert('x')</script>",
    ].join("\n\n");
    const article = await createArticle({ title: "Markdown import", text, format: "md" }, editor);
    const blocks = article.doc.content ?? [];

    expect(blocks.map((b) => [b.type, b.attrs?.level ?? null])).toEqual([
      ["heading", 1],
      ["heading", 2],
      ["paragraph", null],
      ["paragraph", null],
    ]);
    const inline = blocks[2]?.content ?? [];
    expect(inline.find((n) => n.text === "over 113")?.marks).toEqual([{ type: "bold" }]);
    const link = inline.find((n) => n.text === "the report");
    expect(link?.marks).toHaveLength(1);
    expect(link?.marks?.[0]).toMatchObject({ type: "link", attrs: { href: "https://example.org/report" } });

    expect(blocks[3]?.content).toEqual([{ type: "text", text: "<script>alert('x')</script>" }]);
    expect(allNodes({ type: "doc", content: blocks }).map((n) => n.type)).not.toContain("script");
    expect(getPlainText(article.doc)).toBe(
      "The headline\nA subhead\nCasualties were over 113 according to the report.\n<script>alert('x')</script>",
    );
  });

  it.each([
    { case: "an empty title", title: "", text: "Some text.", paths: ["title"] },
    { case: "a blank title", title: "   ", text: "Some text.", paths: ["title"] },
    { case: "empty text", title: "A title", text: "", paths: ["text"] },
    { case: "whitespace-only text", title: "A title", text: " \n\n\t ", paths: ["text"] },
    { case: "both blank", title: " ", text: "\n", paths: ["title", "text"] },
  ])("refuses $case with a validation error naming the field, writing nothing", async (input) => {
    const before = await rowCounts();
    const error = await caught(createArticle({ title: input.title, text: input.text }, editor));

    expect(error.code).toBe("validation");
    expect(error.status).toBe(422);
    expect(error.issues?.map((i) => i.path).sort()).toEqual([...input.paths].sort());
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a fact-checker and writes nothing", async () => {
    const before = await rowCounts();
    const title = `Checker's draft ${randomUUID()}`;
    const error = await caught(createArticle({ title, text: "A claim." }, checker));

    expect(error.code).toBe("forbidden");
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/editors and managers/);
    expect(await db.article.findFirst({ where: { title } })).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });
});
