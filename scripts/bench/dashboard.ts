// The dashboard at 100,000 claims: seeds ~1,000 articles with 100 claims each into a
// throw-away database (SQLite, or a fresh PostgreSQL database with --pg=<server url>), a
// year of realistic status changes, verdicts and due dates written straight into the
// tables (placeholder audit hashes: the chain is not what this measures), then times
// getDashboard for the default 30 days and for a whole year, p50 / p95 over several runs.
// Run by `npm run bench` (section 4) and alone by `npm run bench -- --dashboard-only`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import Database from "better-sqlite3";
import { isDeepStrictEqual } from "node:util";
import { applyMigrations } from "@/lib/db/schema-engine";
import { inChunks, quantile, random, scratchPgDatabase, type ScratchDatabase } from "./bench-support";
import { addDays } from "@/lib/domain/dashboard/date-range";
import type { DashboardFigures } from "@/lib/domain/dashboard/figures";
import type { DashboardRangeInput } from "@/lib/validation/dashboard";
import type { DashboardOptions } from "@/lib/server/dashboard/get-dashboard";
import type { Prisma } from "@/lib/generated/sqlite/client";

const ARTICLES = 1_000;
const CLAIMS_PER_ARTICLE = 100;
const CHECKERS = 20;
const EDITORS = 5;
const RUNS = 15;
const CHUNK = 1_000;
const PG_CHUNK = 10_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Status = "OPEN" | "RESEARCHING" | "IN_REVIEW" | "VERIFIED" | "DISMISSED";

async function freshDatabase(pgServer: string | undefined): Promise<ScratchDatabase> {
  if (!pgServer) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-dashboard-"));
    return {
      url: `file:${path.join(dir, "bench.db")}`,
      drop: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  return scratchPgDatabase(pgServer, "claimdesk_bench");
}

/**
 * Bulk rows straight into a SQLite table in one transaction (Prisma's createMany manages
 * ~1,000 rows a second on this machine), stored exactly as Prisma stores them.
 */
function insertSqlite(file: string, table: string, rows: readonly Record<string, unknown>[]): void {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const sqlite = new Database(file);
  try {
    const insert = sqlite.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`,
    );
    const value = (v: unknown) =>
      v instanceof Date
        ? v.toISOString().replace("Z", "+00:00")
        : v !== null && typeof v === "object"
          ? JSON.stringify(v)
          : v === undefined
            ? null
            : v;
    sqlite.transaction(() => {
      for (const row of rows) insert.run(...columns.map((c) => value(row[c])));
    })();
  } finally {
    sqlite.close();
  }
}

/**
 * The same on PostgreSQL: each chunk of rows goes as one JSON parameter that
 * `json_populate_recordset` turns into typed rows (enums, timestamps, jsonb), so a chunk is
 * one statement instead of a row at a time; columns not given keep their defaults.
 */
async function insertPostgres(
  client: pg.Client,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first)
    .map((c) => `"${c}"`)
    .join(",");
  for (let i = 0; i < rows.length; i += PG_CHUNK) {
    await client.query(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1)`,
      [JSON.stringify(rows.slice(i, i + PG_CHUNK))],
    );
  }
}

/**
 * Claims, verdicts and events into PostgreSQL. The search trigger on Verdict re-indexes the
 * verdict's claim with a lookup planned while the table was still empty, which turns a bulk
 * load quadratic; so verdicts go in with triggers off (this session only, as a restore
 * would), and their claims are re-indexed once the planner has statistics.
 */
async function seedPostgres(
  url: string,
  rows: {
    claims: Record<string, unknown>[];
    verdicts: Record<string, unknown>[];
    events: Record<string, unknown>[];
  },
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await insertPostgres(client, "Claim", rows.claims);
    await client.query("SET session_replication_role = replica");
    await insertPostgres(client, "Verdict", rows.verdicts);
    await client.query("SET session_replication_role = DEFAULT");
    await insertPostgres(client, "AuditEvent", rows.events);
    // Visibility map and planner statistics, as autovacuum would make soon after such a load.
    await client.query("VACUUM ANALYZE");
    await client.query(
      `SELECT count("search_index_claim"(v."claimId")) FROM (SELECT DISTINCT "claimId" FROM "Verdict") v`,
    );
  } finally {
    await client.end();
  }
}

export async function runDashboardBench(
  options: { pgServer?: string; quick?: boolean; keep?: boolean } = {},
): Promise<void> {
  const target = await freshDatabase(options.pgServer);
  process.env.DATABASE_URL = target.url;
  try {
    await applyMigrations(target.url);
    const { db, sqliteFilePath } = await import("@/lib/db");
    const { getDashboard } = await import("@/lib/server/dashboard/get-dashboard");
    try {
      const seedStart = performance.now();
      const now = new Date();
      const rand = random(42);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

      const user = (role: "MANAGER" | "CHECKER" | "EDITOR", i: number) => ({
        id: randomUUID(),
        email: `${role.toLowerCase()}${i}@bench.claimdesk.test`,
        name: `${role[0]}${role.slice(1).toLowerCase()} ${i}`,
        role,
        passwordHash: "not-a-hash",
      });
      const manager = user("MANAGER", 0);
      const checkers = Array.from({ length: CHECKERS }, (_, i) => user("CHECKER", i));
      const editors = Array.from({ length: EDITORS }, (_, i) => user("EDITOR", i));
      await db.user.createMany({ data: [manager, ...checkers, ...editors] });
      const rating = await db.rating.findFirstOrThrow({ where: { label: "True" } });

      const articles = Array.from({ length: ARTICLES }, (_, i) => {
        const editor = pick(editors);
        const r = rand();
        return {
          id: randomUUID(),
          title: `Bench article ${i}`,
          status: r < 0.2 ? ("DRAFT" as const) : r < 0.55 ? ("IN_CHECK" as const) : ("CLEARED" as const),
          doc: { type: "doc", content: [] },
          createdById: editor.id,
          updatedById: editor.id,
          // Articles arrive evenly over the past year.
          createdAt: new Date(now.getTime() - (i / ARTICLES) * 365 * DAY),
        };
      });
      await inChunks(articles, CHUNK, (data) => db.article.createMany({ data }));

      const claims: Prisma.ClaimCreateManyInput[] = [];
      const verdicts: Prisma.VerdictCreateManyInput[] = [];
      const events: Prisma.AuditEventCreateManyInput[] = [];
      const placeholder = "0".repeat(64);
      let seq = 0;
      for (const article of articles) {
        for (let c = 0; c < CLAIMS_PER_ARTICLE; c++) {
          const id = randomUUID();
          const createdAt = new Date(article.createdAt.getTime() + rand() * 2 * DAY);
          if (createdAt > now) createdAt.setTime(now.getTime() - rand() * HOUR);
          const checker = pick(checkers);
          const fate = rand();
          // Where the claim is headed: most are verified, some dismissed, some still in work.
          const path: Status[] =
            fate < 0.1
              ? ["OPEN", "DISMISSED"]
              : fate < 0.75
                ? ["OPEN", "RESEARCHING", "IN_REVIEW", "VERIFIED"]
                : fate < 0.85
                  ? ["OPEN", "RESEARCHING", "IN_REVIEW"]
                  : fate < 0.95
                    ? ["OPEN", "RESEARCHING"]
                    : ["OPEN"];
          let at = createdAt.getTime();
          let status: Status = "OPEN";
          let assigned = false;
          for (const next of path.slice(1)) {
            at +=
              next === "RESEARCHING"
                ? rand() * 2 * DAY
                : next === "IN_REVIEW"
                  ? rand() * 3 * DAY
                  : rand() * DAY;
            if (at > now.getTime()) break;
            events.push({
              id: randomUUID(),
              seq: ++seq,
              at: new Date(at),
              actorId: next === "IN_REVIEW" ? checker.id : manager.id,
              action: "claim.status_changed",
              articleId: article.id,
              claimId: id,
              before: { status },
              after: { status: next },
              prevHash: placeholder,
              hash: placeholder,
            });
            if (next === "RESEARCHING") assigned = true;
            if (next === "VERIFIED") {
              verdicts.push({
                claimId: id,
                ratingId: rating.id,
                rationale: "Bench verdict.",
                state: "APPROVED",
                proposedById: checker.id,
                createdAt: new Date(at - rand() * HOUR),
                decidedAt: new Date(at),
              });
            }
            status = next;
          }
          claims.push({
            id,
            articleId: article.id,
            quote: `claim ${c}`,
            prefix: "",
            suffix: "",
            start: c * 10,
            end: c * 10 + 8,
            status,
            createdById: article.createdById,
            createdAt,
            assigneeId: assigned ? checker.id : null,
            dueAt: assigned ? new Date(createdAt.getTime() + 7 * DAY) : null,
            // One claim in two hundred was removed from its article later.
            ...(rand() < 0.005 ? { removedAt: new Date(Math.min(at + HOUR, now.getTime())) } : {}),
          });
        }
      }
      const claimRows = claims.map((c) => ({ ...c, updatedAt: now, removedAt: c.removedAt ?? null }));
      const verdictRows = verdicts.map((v) => ({ id: randomUUID(), ...v }));
      if (options.pgServer) {
        await seedPostgres(target.url, { claims: claimRows, verdicts: verdictRows, events });
      } else {
        const file = sqliteFilePath(target.url);
        insertSqlite(file, "Claim", claimRows);
        insertSqlite(file, "Verdict", verdictRows);
        insertSqlite(file, "AuditEvent", events);
      }
      console.log(
        `   seeded ${claims.length.toLocaleString("en")} claims over ${ARTICLES.toLocaleString("en")} articles, ` +
          `${events.length.toLocaleString("en")} status changes, ${verdicts.length.toLocaleString("en")} verdicts ` +
          `in ${((performance.now() - seedStart) / 1000).toFixed(0)} s`,
      );

      const actor = { id: manager.id, email: manager.email, name: manager.name, role: "MANAGER" as const };
      const runs = options.quick ? 5 : RUNS;
      const today = now.toISOString().slice(0, 10);
      const yearAgo = new Date(now.getTime() - 365 * DAY).toISOString().slice(0, 10);
      const year = { from: yearAgo, to: today };
      const summary = (figures: DashboardFigures) =>
        `(${figures.throughput.total.toLocaleString("en")} verified, median to verdict ` +
        `${((figures.timeToVerdict.overall.medianMs ?? 0) / HOUR).toFixed(1)} h, ` +
        `${figures.overdue.total.toLocaleString("en")} overdue)`;
      const once = async (range: DashboardRangeInput, options?: DashboardOptions) => {
        const start = performance.now();
        const figures = await getDashboard(range, actor, new Date(), options);
        return { ms: performance.now() - start, figures };
      };

      // Without the rollup: every figure summed from the source tables, as before it existed.
      for (const [name, range] of [
        ["last 30 days, no rollup", {}],
        ["a whole year, no rollup", year],
      ] as const) {
        await once(range, { rollup: false }); // warm-up
        const times: number[] = [];
        for (let i = 0; i < Math.min(runs, 5); i++) times.push((await once(range, { rollup: false })).ms);
        console.log(`   ${name.padEnd(32)} ${quantile(times, 0.5).toFixed(0)} ms (p50 of ${times.length})`);
      }
      // The first read of a year rolls up its 365 closed days; later reads only read them.
      const first = await once(year);
      console.log(
        `   ${"a whole year, first read".padEnd(32)} ${first.ms.toFixed(0)} ms (rolls up 365 days)`,
      );
      for (const [name, range] of [
        ["last 30 days (default)", {}],
        ["a whole year (366 days)", year],
      ] as const) {
        await getDashboard(range, actor); // warm-up
        const times: number[] = [];
        let figures = await getDashboard(range, actor);
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          figures = await getDashboard(range, actor);
          times.push(performance.now() - start);
        }
        console.log(
          `   ${name.padEnd(32)} ${quantile(times, 0.5).toFixed(0)} / ${quantile(times, 0.95).toFixed(0)} ms ` +
            summary(figures),
        );
      }
      // The rollup must not change a single figure.
      for (const range of [{}, year, { from: addDays(today, -200), to: addDays(today, -100) }]) {
        const asOf = new Date();
        const rolled = await getDashboard(range, actor, asOf);
        const summed = await getDashboard(range, actor, asOf, { rollup: false });
        if (!isDeepStrictEqual(rolled, summed))
          throw new Error(`The rollup changed the figures for ${JSON.stringify(range)}.`);
      }
      console.log("   same figures with and without the rollup (30 days, the year, 100 days in between)");
    } finally {
      await db.$disconnect();
    }
  } finally {
    if (options.keep) console.log(`   kept the database: ${target.url}`);
    else await target.drop();
  }
}

/**
 * Section 4 of `npm run bench`, in a child process of its own: lib/db binds its database
 * when first imported, and this section needs a throw-away one. Passes --quick, --pg=<url>
 * and --keep (keep the database to inspect it) on.
 */
export function runDashboardBenchProcess(argv: readonly string[]): void {
  const passed = argv.filter((a) => a === "--quick" || a === "--keep" || a.startsWith("--pg="));
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", __filename, ...passed],
    { stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error("The dashboard benchmark failed; see above.");
}

// Run directly (as runDashboardBenchProcess does).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const pgArg = process.argv.find((a) => a.startsWith("--pg="));
  const engine = pgArg ? "PostgreSQL" : "SQLite";
  console.log(`\n4. Dashboard at 100,000 claims (${engine}), getDashboard ms p50 / p95`);
  runDashboardBench({
    pgServer: pgArg?.slice(5),
    quick: process.argv.includes("--quick"),
    keep: process.argv.includes("--keep"),
  }).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
