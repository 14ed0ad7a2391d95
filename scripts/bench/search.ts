// Search at 100,000 claims on PostgreSQL: seeds 1,000 articles with 100 claims each into a
// fresh database (claims quote 6–20 running words of the demo article, so "the" is in most of
// them and "kabul" in some), a comment on every tenth claim and a source on every twentieth,
// then times the search use case for a very common word, a common one, a rare one, a prefix
// and two words, p50 / p95 over several runs, with how many each finds.
// Run with `npm run bench:search -- --pg=postgresql://postgres@127.0.0.1:5432/postgres`
// (--quick for fewer runs, --keep to keep the database and print its URL).
import fs from "node:fs";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { applyMigrations } from "@/lib/db/schema-engine";
import { inChunks, quantile, random, scratchPgDatabase } from "./bench-support";
// Types only: lib/db binds its database when first imported, after DATABASE_URL is set below.
import type * as DbModule from "@/lib/db";

const ARTICLES = 1_000;
const CLAIMS_PER_ARTICLE = 100;
const RUNS = 15;
const CHUNK = 1_000;

export async function runSearchBench(options: {
  pgServer: string;
  url?: string;
  quick?: boolean;
  keep?: boolean;
}): Promise<void> {
  const target = options.url
    ? { url: options.url, drop: () => Promise.resolve() }
    : await scratchPgDatabase(options.pgServer, "claimdesk_bench_search");
  process.env.DATABASE_URL = target.url;
  try {
    if (!options.url) await applyMigrations(target.url);
    const { db } = await import("@/lib/db");
    const { search } = await import("@/lib/server/search/search");
    try {
      const manager = await db.user.findFirst({ where: { role: "MANAGER" } });
      const actor = manager
        ? { id: manager.id, email: manager.email, name: manager.name, role: "MANAGER" as const }
        : await seed(db);
      const runs = options.quick ? 5 : RUNS;
      for (const q of ["the", "kabul", "bagram", "afgh", "kabul airport"]) {
        await search({ q }, actor); // warm-up
        const times: number[] = [];
        let results = await search({ q }, actor);
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          results = await search({ q }, actor);
          times.push(performance.now() - start);
        }
        console.log(
          `   ${JSON.stringify(q).padEnd(16)} ${quantile(times, 0.5).toFixed(0)} / ${quantile(times, 0.95).toFixed(0)} ms ` +
            `(claims ${results.claims.total.toLocaleString("en")}, articles ${results.articles.total.toLocaleString("en")}, ` +
            `comments ${results.comments.total.toLocaleString("en")}, sources ${results.sources.total.toLocaleString("en")})`,
        );
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    if (options.keep || options.url) console.log(`   kept the database: ${target.url}`);
    else await target.drop();
  }
}

type Db = typeof DbModule.db;

async function seed(db: Db) {
  const seedStart = performance.now();
  const rand = random(7);
  const words = fs
    .readFileSync(path.join(process.cwd(), "prisma", "seed-article.txt"), "utf8")
    .split(/\s+/)
    .filter(Boolean);
  const passage = (min: number, max: number) => {
    const length = min + Math.floor(rand() * (max - min + 1));
    const start = Math.floor(rand() * (words.length - length));
    return words.slice(start, start + length).join(" ");
  };
  const manager = {
    id: randomUUID(),
    email: "manager@bench.claimdesk.test",
    name: "Manager Bench",
    role: "MANAGER" as const,
    passwordHash: "not-a-hash",
  };
  const checkers = Array.from({ length: 20 }, (_, i) => ({
    id: randomUUID(),
    email: `checker${i}@bench.claimdesk.test`,
    name: `Checker ${i}`,
    role: "CHECKER" as const,
    passwordHash: "not-a-hash",
  }));
  await db.user.createMany({ data: [manager, ...checkers] });
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    id: randomUUID(),
    title: `Bench article ${i}: ${passage(3, 6)}`,
    doc: {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: passage(80, 160) }] }],
    },
    createdById: manager.id,
    updatedById: manager.id,
  }));
  await inChunks(articles, CHUNK, (data) => db.article.createMany({ data }));
  const claims = articles.flatMap((article) =>
    Array.from({ length: CLAIMS_PER_ARTICLE }, (_, c) => {
      const quote = passage(6, 20);
      return {
        id: randomUUID(),
        articleId: article.id,
        quote,
        prefix: "",
        suffix: "",
        start: c * 200,
        end: c * 200 + quote.length,
        createdById: manager.id,
        assigneeId: rand() < 0.5 ? (checkers[Math.floor(rand() * checkers.length)]?.id ?? null) : null,
      };
    }),
  );
  await inChunks(claims, CHUNK, (data) => db.claim.createMany({ data }));
  const comments = claims
    .filter((_, i) => i % 10 === 0)
    .map((claim) => ({ claimId: claim.id, authorId: manager.id, body: passage(10, 40) }));
  await inChunks(comments, CHUNK, (data) => db.comment.createMany({ data }));
  const sources = claims
    .filter((_, i) => i % 20 === 0)
    .map((claim) => ({
      claimId: claim.id,
      url: `https://news.example.org/${randomBytes(4).toString("hex")}`,
      title: passage(4, 10),
      publisher: "Example News",
      excerpt: passage(10, 20),
      accessedAt: new Date(),
      createdById: manager.id,
    }));
  await inChunks(sources, CHUNK, (data) => db.source.createMany({ data }));
  await db.$executeRawUnsafe(
    'ANALYZE "search_article", "search_claim", "search_source", "search_comment", "Claim", "Article", "Source", "Comment"',
  );
  console.log(
    `   seeded ${claims.length.toLocaleString("en")} claims over ${ARTICLES.toLocaleString("en")} articles, ` +
      `${comments.length.toLocaleString("en")} comments, ${sources.length.toLocaleString("en")} sources ` +
      `in ${((performance.now() - seedStart) / 1000).toFixed(0)} s`,
  );
  return { id: manager.id, email: manager.email, name: manager.name, role: "MANAGER" as const };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const pgArg = process.argv.find((a) => a.startsWith("--pg="));
  const urlArg = process.argv.find((a) => a.startsWith("--url="));
  if (!pgArg && !urlArg) {
    console.error("Usage: npm run bench:search -- --pg=<postgres server url> [--quick] [--keep]");
    process.exit(2);
  }
  console.log("Search at 100,000 claims (PostgreSQL), search() ms p50 / p95");
  runSearchBench({
    pgServer: pgArg?.slice(5) ?? "",
    url: urlArg?.slice(6),
    quick: process.argv.includes("--quick"),
    keep: process.argv.includes("--keep"),
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
