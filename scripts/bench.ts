// `npm run bench`: what a save of a large article costs. Builds a ~200k-character article
// with ~500 claims (some nested, some overlapping), times the domain steps a save runs and
// then whole saves against a throw-away SQLite database. Prints figures; asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual } from "node:util";
import { applyMigrations } from "@/lib/db/schema-engine";
import { addClaimMark } from "@/lib/domain/document/apply-claim-mark";
import { extractClaims } from "@/lib/domain/document/extract-claims";
import { parseDocument } from "@/lib/domain/document/parse-document";
import { getPlainText } from "@/lib/domain/document/plain-text";
import { stripAllClaimMarks } from "@/lib/domain/document/strip-claim-marks";
import { convertTextToDoc } from "@/lib/domain/document/text-to-doc";
import type { DocJSON, NodeJSON } from "@/lib/domain/document/types";

const TARGET_CHARS = 200_000;
const BASE_CLAIMS = 400; // plus one nested or overlapping claim on every fourth: 500 in all
const DOMAIN_RUNS = 15;
const WARMUP_RUNS = 2;

// ---- the article ------------------------------------------------------------------------

function buildText(): string {
  const fixture = fs.readFileSync(path.join(process.cwd(), "prisma", "seed-article.txt"), "utf8").trim();
  const copies: string[] = [];
  for (let length = 0; length < TARGET_CHARS; length += fixture.length + 2) copies.push(fixture);
  return copies.join("\n\n");
}

/** [start, end) of up to `length` characters from `from`, moved to a word start, within one line. */
function rangeAt(text: string, from: number, length: number): { start: number; end: number } | null {
  const start = text.indexOf(" ", from) + 1;
  const lineEnd = text.indexOf("\n", start);
  const end = Math.min(start + length, lineEnd === -1 ? text.length : lineEnd);
  return start > 0 && end - start >= 4 ? { start, end } : null;
}

/** Marks evenly spread claims; every fourth gets a nested (or half-overlapping) companion. */
function markClaims(doc: DocJSON): { doc: DocJSON; claims: number; overlapping: number } {
  const text = getPlainText(doc);
  const limit = text.lastIndexOf("\n"); // the last paragraph stays free for the one-word edit
  let marked = doc;
  let claims = 0;
  let overlapping = 0;
  for (let i = 0; i < BASE_CLAIMS; i += 1) {
    const base = rangeAt(text, Math.floor((i * limit) / BASE_CLAIMS), 48);
    if (!base || base.end > limit) continue;
    marked = addClaimMark(marked, base, randomUUID());
    claims += 1;
    if (i % 4 !== 0) continue;
    const extra =
      i % 8 === 0 ? rangeAt(text, base.start + 8, 16) : rangeAt(text, base.start + 24, base.end - base.start);
    if (!extra || extra.end > limit) continue;
    marked = addClaimMark(marked, extra, randomUUID());
    claims += 1;
    overlapping += 1;
  }
  return { doc: marked, claims, overlapping };
}

/** The same document with every claim id replaced by a fresh one (ids are unique per article). */
function withFreshIds(doc: DocJSON): DocJSON {
  const ids = new Map<string, string>();
  const json = JSON.stringify(doc).replace(/"id":"([0-9a-f-]{36})"/g, (_, id: string) => {
    if (!ids.has(id)) ids.set(id, randomUUID());
    return `"id":"${ids.get(id)}"`;
  });
  return JSON.parse(json) as DocJSON;
}

/** Applies `edit` to the first (or last) text node of the document. */
function editText(doc: DocJSON, which: "first" | "last", edit: (text: string) => string): DocJSON {
  const copy = structuredClone(doc);
  const texts: NodeJSON[] = [];
  const walk = (node: NodeJSON): void => {
    if (node.type === "text") texts.push(node);
    node.content?.forEach(walk);
  };
  copy.content?.forEach(walk);
  const target = which === "first" ? texts[0] : texts[texts.length - 1];
  if (target) target.text = edit(target.text ?? "");
  return copy;
}

// ---- measuring --------------------------------------------------------------------------

function report(name: string, samples: number[], note = ""): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const cells = [name.padEnd(46), String(sorted.length).padStart(3), at(0.5).toFixed(1), at(0.95).toFixed(1)];
  console.log(`${cells[0]}${cells[1]}${cells[2]?.padStart(11)}${cells[3]?.padStart(10)}  ${note}`);
}

async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

async function measure(name: string, fn: () => unknown): Promise<void> {
  for (let i = 0; i < WARMUP_RUNS; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < DOMAIN_RUNS; i += 1) samples.push((await time(fn)).ms);
  report(name, samples);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// ---- main -------------------------------------------------------------------------------

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-"));
  process.env.CLAIMDESK_DATA_DIR = tmp;
  process.env.DATABASE_URL = `file:${path.join(tmp, "bench.db")}`;
  try {
    const text = buildText();
    const plain = convertTextToDoc(text);
    const built = await time(() => markClaims(plain));
    const marked = built.value.doc;
    const stored = JSON.parse(JSON.stringify(marked)) as DocJSON; // what the database hands back
    const knownQuotes = new Map(extractClaims(marked).claims.map((c) => [c.id, c.quote]));
    console.log(
      `article: ${getPlainText(marked).length.toLocaleString()} characters, ${marked.content?.length} blocks, ` +
        `${(Buffer.byteLength(JSON.stringify(marked)) / 1024).toFixed(0)} KB of JSON, ${built.value.claims} claims ` +
        `(${built.value.overlapping} nested or overlapping; marking them took ${built.ms.toFixed(0)} ms)\n`,
    );
    console.log(`${"step".padEnd(46)}  n  median ms    p95 ms`);

    await measure("parseDocument", () => parseDocument(marked));
    await measure("extractClaims", () => extractClaims(marked, { knownQuotes }));
    await measure("stripAllClaimMarks ×2 + isDeepStrictEqual", () =>
      isDeepStrictEqual(stripAllClaimMarks(stored), stripAllClaimMarks(marked)),
    );
    await measure("isDeepStrictEqual(stored, new) alone", () => isDeepStrictEqual(stored, marked));

    await applyMigrations(process.env.DATABASE_URL);
    const { db } = await import("@/lib/db");
    const { createArticle } = await import("@/lib/server/articles/create-article");
    const { saveArticleDocument } = await import("@/lib/server/articles/save-article-document");
    const editor = await db.user.create({
      data: { email: "bench@claimdesk.test", name: "Bench", role: "EDITOR", passwordHash: "unused" },
      select: { id: true, email: true, name: true, role: true },
    });

    const created: number[] = [];
    const firstSaves: number[] = [];
    let article = { id: "", version: 0, doc: marked };
    for (let i = 0; i < 3; i += 1) {
      const made = await time(() => createArticle({ title: `Bench ${i}`, text }, editor));
      created.push(made.ms);
      const doc = withFreshIds(marked);
      const save = await time(() => saveArticleDocument(made.value.id, { baseVersion: 1, doc }, editor));
      firstSaves.push(save.ms);
      article = { id: made.value.id, ...save.value };
    }
    const saved = await db.claim.count({ where: { articleId: article.id } });
    report("createArticle (200k characters, no claims)", created);
    report("save 1: first save, creating every claim", firstSaves, `${saved} claims stored`);

    const save = async (doc: DocJSON) => {
      const result = await time(() =>
        saveArticleDocument(article.id, { baseVersion: article.version, doc }, editor),
      );
      article = { id: article.id, ...result.value };
      return result.ms;
    };
    const oneWord: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const swap = (t: string) =>
        t.replace(/(\w+)(\W*)$/, (_, w: string, end: string) => {
          const flipped = w === w.toUpperCase() ? w.toLowerCase() : w.toUpperCase();
          return `${flipped}${end}`;
        });
      oneWord.push(await save(editText(article.doc, "last", swap)));
    }
    report("save 2: one word changed, no claim moves", oneWord);

    const moveAll: number[] = [];
    for (let i = 0; i < 5; i += 1)
      moveAll.push(await save(editText(article.doc, "first", (t) => `New. ${t}`)));
    report("save 3: text inserted at the start, all move", moveAll);

    await db.$disconnect();
    const memory = process.memoryUsage();
    console.log(`\nmemory after: heapUsed ${mb(memory.heapUsed)}, rss ${mb(memory.rss)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
