import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { addClaimMark, findText } from "@/lib/domain/document/apply-claim-mark";
import type { DocJSON } from "@/lib/domain/document/types";
import type { Actor } from "@/lib/server/auth/actor";
import { createUser } from "@/lib/server/users/create-user";
import { createArticle } from "@/lib/server/articles/create-article";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { seedDemoWorkflow } from "@/lib/server/demo/seed-demo-workflow";

export const DEMO_PASSWORD = "claimdesk-demo";
export const DEMO_ARTICLE_TITLE = "The looming threat of ISKP in Afghanistan";

const DEMO_USERS = [
  { email: "editor@claimdesk.test", name: "Elena Editor", role: "EDITOR" },
  { email: "checker@claimdesk.test", name: "Chris Checker", role: "CHECKER" },
  { email: "checker2@claimdesk.test", name: "Kim Checker", role: "CHECKER" },
  { email: "manager@claimdesk.test", name: "Morgan Manager", role: "MANAGER" },
] as const;

/** The claims the demo starts with: fixed ids so tests and docs can name them. */
export const DEMO_CLAIMS = [
  { id: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0001", text: "Tuesday, May 21, 2024" },
  {
    id: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0002",
    text: "over 113 people including 13 US servicemen, 28 Taliban, and 72 Afghan civilians",
  },
  { id: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0003", text: "13 US servicemen" },
  {
    id: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0004",
    text: "Amrullah Saleh took over the charge of Kabul security in October 2020",
  },
  {
    id: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0005",
    text: "ISKP managed to carry out an attack even near the Presidential Palace in Kabul",
  },
  {
    id: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0006",
    text: "the rapid collapse of the whole State structure in just “11 days”",
  },
  { id: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0007", text: "Americans vacated the Bagram base" },
] as const;

export const DEMO_CLAIM_IDS = {
  casualties: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0002",
  saleh: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0004",
  bagram: "0b6f4a4e-2c1d-4d1e-9a51-6f1a3c1e0007",
} as const;

// Subheads of the piece; every other line is a paragraph. The first line of the
// fixture ("| Welcome to …") is the source site's banner, not part of the article.
const SUBHEADS = ["Understanding the re-emergence of ISKP", "US withdrawal has unleashed a chaos"];

export function readDemoArticleText(): string {
  return fs.readFileSync(
    path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "seed-article.txt"),
    "utf8",
  );
}

/** Builds the Markdown the demo article is imported from: headline, dateline, body. */
export function buildDemoMarkdown(fixture: string): string {
  const lines = fixture
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("|") && l !== DEMO_ARTICLE_TITLE);
  const blocks = [`# ${DEMO_ARTICLE_TITLE}`];
  for (const line of lines) blocks.push(SUBHEADS.includes(line) ? `## ${line}` : line);
  return blocks.join("\n\n");
}

/**
 * Seeds the demo accounts and the demo article through the real use cases, so the demo
 * has the same audit trail as anything a person does. Does nothing when users exist.
 */
export async function seedDemo(): Promise<{ seeded: boolean }> {
  if ((await db.user.count()) > 0) return { seeded: false };
  const users: Actor[] = [];
  for (const user of DEMO_USERS) {
    users.push(await createUser({ ...user, password: DEMO_PASSWORD }, null, "demo seed"));
  }
  const editor = users[0];
  if (!editor) throw new Error("The demo editor was not created.");
  const article = await createArticle(
    { title: DEMO_ARTICLE_TITLE, text: buildDemoMarkdown(readDemoArticleText()), format: "md" },
    editor,
  );
  let doc: DocJSON = article.doc;
  for (const claim of DEMO_CLAIMS) {
    const range = findText(doc, claim.text);
    if (!range) throw new Error(`Demo claim text not found in the article: ${claim.text}`);
    doc = addClaimMark(doc, range, claim.id);
  }
  await saveArticleDocument(article.id, { baseVersion: article.version, doc }, editor);
  const [, checker, checker2, manager] = users;
  if (!checker || !checker2 || !manager) throw new Error("The demo users were not created.");
  await seedDemoWorkflow(
    article.id,
    {
      researching: DEMO_CLAIM_IDS.saleh,
      inReview: DEMO_CLAIM_IDS.bagram,
      verified: DEMO_CLAIM_IDS.casualties,
    },
    { editor, checker, checker2, manager },
  );
  return { seeded: true };
}
