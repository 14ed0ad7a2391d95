// The benchmark's articles: the demo article's prose repeated to the wanted length, with a
// subhead every dozen paragraphs, and one claim every ~20 words (every tenth nested inside
// the claim before it), as a newsroom's long investigation would carry them.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Node as PMNode } from "@tiptap/pm/model";
import { AddMarkStep, Transform, type Step } from "@tiptap/pm/transform";
import { getDocumentSchema } from "@/lib/domain/document/extensions";

export interface BenchSize {
  words: number;
  claims: number;
}

export const SIZES: BenchSize[] = [
  { words: 5_000, claims: 250 },
  { words: 10_000, claims: 500 },
  { words: 20_000, claims: 1_000 },
];

/** Markdown of about `words` words: the demo's paragraphs repeated, subheads in between. */
export function buildArticleText(words: number): string {
  const source = fs
    .readFileSync(path.join(process.cwd(), "prisma", "seed-article.txt"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.split(" ").length > 12 && !line.startsWith("|"));
  const blocks: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    if (i % 12 === 11) blocks.push(`## Part ${Math.floor(i / 12) + 1}`);
    const paragraph = source[i % source.length] ?? "";
    blocks.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return blocks.join("\n\n");
}

/** Claim marks spread evenly over the document's text, every tenth inside the one before. */
export function claimSteps(doc: PMNode, claims: number): Step[] {
  const claimType = getDocumentSchema().marks.claim;
  if (!claimType) throw new Error("The claim mark is not in the schema.");
  const words: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const match of (node.text ?? "").matchAll(/\S+/g)) {
      words.push({ from: pos + (match.index ?? 0), to: pos + (match.index ?? 0) + match[0].length });
    }
    return false;
  });
  const outer = Math.ceil((claims * 9) / 10);
  const every = Math.max(4, Math.floor(words.length / outer));
  const transform = new Transform(doc);
  let made = 0;
  for (let w = 0; made < claims && w + 4 < words.length; w += every) {
    const first = words[w];
    const last = words[w + 3];
    if (!first || !last || doc.resolve(first.from).parent !== doc.resolve(last.to).parent) continue;
    transform.step(new AddMarkStep(first.from, last.to, claimType.create({ id: randomUUID() })));
    made += 1;
    const innerFirst = words[w + 1];
    const innerLast = words[w + 2];
    if (made % 9 === 0 && made < claims && innerFirst && innerLast) {
      transform.step(new AddMarkStep(innerFirst.from, innerLast.to, claimType.create({ id: randomUUID() })));
      made += 1;
    }
  }
  return transform.steps;
}
