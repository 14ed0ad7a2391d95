// `npm run bench:audit`: what reading the audit trail costs at 1,000,000 events. Builds a
// throw-away SQLite database, bulk-inserts the events with better-sqlite3 (placeholder
// hashes: the chain is not what this measures), then times listAuditEvents (first page, a
// deep page, filtered pages) with the query plans, and a JSON Lines export of 100k rows.
// Prints figures; asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { applyMigrations } from "@/lib/db/schema-engine";

const EVENTS = 1_000_000;
const ARTICLES = 500;
const ACTORS = 500;
const EXPORT_ROWS = 100_000;
const RUNS = 15;
const ACTIONS = [
  "article.created",
  "article.saved",
  "article.status_changed",
  "claim.created",
  "claim.text_changed",
  "claim.orphaned",
  "claim.reattached",
  "claim.removed",
  "claim.assigned",
  "claim.status_changed",
  "verdict.proposed",
  "verdict.approved",
  "verdict.sent_back",
  "source.added",
  "source.edited",
  "source.removed",
  "comment.added",
  "user.created",
  "user.role_changed",
  "rating.updated",
  "setting.changed",
  "auth.signed_in",
  "auth.sign_in_failed",
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main(): Promise<void> {
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-bench-audit-"));
  const file = path.join(tmp, "bench.db");
  process.env.DATABASE_URL = `file:${file}`;
  try {
    await applyMigrations(process.env.DATABASE_URL);
    const { db } = await import("@/lib/db");
    const { listAuditEvents } = await import("@/lib/server/audit/list-audit-events");
    const { exportAuditEvents } = await import("@/lib/server/audit/export-audit-events");

    // ---- data ----------------------------------------------------------------------------
    const userIds = Array.from({ length: ACTORS }, () => randomUUID());
    await db.user.createMany({
      data: userIds.map((id, i) => ({
        id,
        email: `bench${i}@claimdesk.test`,
        name: `Bench ${i}`,
        role: i === 0 ? "MANAGER" : i % 2 ? "CHECKER" : "EDITOR",
        passwordHash: "not-a-hash",
      })),
    });
    const articleIds = Array.from({ length: ARTICLES }, () => randomUUID());
    await db.article.createMany({
      data: articleIds.map((id, i) => ({
        id,
        title: `Bench article ${i}`,
        doc: { type: "doc", content: [] },
        createdById: userIds[i % ACTORS] ?? "",
        updatedById: userIds[i % ACTORS] ?? "",
      })),
    });
    const manager = {
      id: userIds[0] ?? "",
      email: "bench0@claimdesk.test",
      name: "Bench 0",
      role: "MANAGER" as const,
    };

    const sqlite = new Database(file);
    // Store `at` exactly as Prisma writes DateTime columns.
    const sample = (sqlite.prepare(`SELECT "createdAt" AS v FROM "User" LIMIT 1`).get() as { v: unknown }).v;
    const writeDate =
      typeof sample === "number"
        ? (d: Date) => d.getTime()
        : String(sample).endsWith("Z")
          ? (d: Date) => d.toISOString()
          : (d: Date) => d.toISOString().replace("Z", "+00:00");
    const t0 = Date.UTC(2026, 0, 1);
    const atOf = (seq: number) => new Date(t0 + seq * 1000); // one event a second
    const insert = sqlite.prepare(
      `INSERT INTO "AuditEvent" ("id","seq","at","actorId","action","articleId","claimId","before","after","reason","prevHash","hash")
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    const placeholder = "0".repeat(64);
    const insertStart = performance.now();
    // Bulk load: secondary indexes are built once afterwards (sorted), no journal.
    sqlite.pragma("journal_mode = OFF");
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -262144");
    const indexes = sqlite
      .prepare(
        `SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = 'AuditEvent' AND "sql" IS NOT NULL`,
      )
      .all() as { name: string; sql: string }[];
    for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
    sqlite.transaction(() => {
      for (let seq = 1; seq <= EVENTS; seq++) {
        const system = seq % 97 === 0;
        insert.run(
          randomUUID(),
          seq,
          writeDate(atOf(seq)),
          system ? null : userIds[(seq * 31) % ACTORS],
          ACTIONS[(seq * 7) % ACTIONS.length],
          articleIds[(seq * 13) % ARTICLES],
          null,
          null,
          `{"n":${seq},"title":"Bench, \\"quoted\\""}`,
          system ? "scheduled job" : null,
          placeholder,
          placeholder,
        );
      }
    })();
    for (const index of indexes) sqlite.exec(index.sql);
    sqlite.pragma("journal_mode = DELETE");
    sqlite.pragma("synchronous = FULL");
    const insertMs = performance.now() - insertStart;
    console.log(`inserted ${EVENTS.toLocaleString("en")} events in ${(insertMs / 1000).toFixed(1)} s`);
    console.log(`database file: ${(fs.statSync(file).size / 1024 / 1024).toFixed(0)} MB`);

    // ---- listAuditEvents -----------------------------------------------------------------
    const deepCursor = String(EVENTS / 10); // 900k events above it
    const fromIso = atOf(EVENTS / 2).toISOString();
    const toIso = atOf(EVENTS / 2 + 3600).toISOString();
    const cases: { name: string; filters: Record<string, string>; sql: string; params: unknown[] }[] = [
      { name: "first page", filters: {}, sql: `1=1`, params: [] },
      {
        name: "deep page (cursor)",
        filters: { cursor: deepCursor },
        sql: `"seq" < ?`,
        params: [Number(deepCursor)],
      },
      {
        name: "by article",
        filters: { articleId: articleIds[42] ?? "" },
        sql: `"articleId" = ?`,
        params: [articleIds[42]],
      },
      {
        name: "by article, deep",
        filters: { articleId: articleIds[42] ?? "", cursor: deepCursor },
        sql: `"articleId" = ? AND "seq" < ?`,
        params: [articleIds[42], Number(deepCursor)],
      },
      {
        name: "by action",
        filters: { action: "verdict.approved" },
        sql: `"action" = ?`,
        params: ["verdict.approved"],
      },
      {
        name: "by actor",
        filters: { actorId: userIds[7] ?? "" },
        sql: `"actorId" = ?`,
        params: [userIds[7]],
      },
      { name: "system actor", filters: { actorId: "system" }, sql: `"actorId" IS NULL`, params: [] },
      {
        name: "time range (1 h)",
        filters: { from: fromIso, to: toIso },
        sql: `"at" >= ? AND "at" <= ? AND "seq" >= ? AND "seq" <= ?`,
        params: [writeDate(new Date(fromIso)), writeDate(new Date(toIso)), EVENTS / 2, EVENTS / 2 + 3600],
      },
      {
        name: "time range (all)",
        filters: { from: atOf(1).toISOString(), to: atOf(EVENTS).toISOString() },
        sql: `"at" >= ? AND "at" <= ? AND "seq" >= ? AND "seq" <= ?`,
        params: [writeDate(atOf(1)), writeDate(atOf(EVENTS)), 1, EVENTS],
      },
    ];
    console.log(`\nlistAuditEvents, limit 50, median of ${RUNS} runs:`);
    for (const c of cases) {
      await listAuditEvents(c.filters, manager); // warm-up
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        rows = (await listAuditEvents(c.filters, manager)).events.length;
        times.push(performance.now() - start);
      }
      console.log(`  ${c.name.padEnd(20)} ${fmt(median(times)).padStart(10)}  (${rows} rows)`);
      const plan = sqlite
        .prepare(`EXPLAIN QUERY PLAN SELECT * FROM "AuditEvent" WHERE ${c.sql} ORDER BY "seq" DESC LIMIT 51`)
        .all(...c.params) as { detail: string }[];
      for (const p of plan) console.log(`      plan: ${p.detail}`);
    }

    // ---- export --------------------------------------------------------------------------
    const exportFilters = {
      from: atOf(1).toISOString(),
      to: atOf(EXPORT_ROWS).toISOString(),
    };
    const plan = sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT * FROM "AuditEvent" WHERE "at" >= ? AND "at" <= ? AND "seq" > ? AND "seq" <= ? ORDER BY "seq" ASC LIMIT 1000`,
      )
      .all(writeDate(atOf(1)), writeDate(atOf(EXPORT_ROWS)), 5000, EXPORT_ROWS) as { detail: string }[];
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 20);
    const exportStart = performance.now();
    let bytes = 0;
    let lines = 0;
    const reader = exportAuditEvents(exportFilters, "jsonl", manager).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      bytes += next.value.byteLength;
      for (const b of next.value) if (b === 10) lines++;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const exportMs = performance.now() - exportStart;
    clearInterval(sampler);
    console.log(`\nJSON Lines export of ${lines.toLocaleString("en")} rows (time filter):`);
    console.log(
      `  ${(exportMs / 1000).toFixed(2)} s, ${Math.round(lines / (exportMs / 1000)).toLocaleString("en")} rows/s, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    );
    console.log(
      `  RSS ${(rssBefore / 1024 / 1024).toFixed(0)} MB before, peak ${(peakRss / 1024 / 1024).toFixed(0)} MB during (+${((peakRss - rssBefore) / 1024 / 1024).toFixed(0)} MB)`,
    );
    for (const p of plan) console.log(`      plan: ${p.detail}`);

    sqlite.close();
    await db.$disconnect();
    console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
