// Offline schema management for SQLite and PostgreSQL.
//
// Drives Prisma's own WebAssembly schema engine (`@prisma/schema-engine-wasm`, the
// version matching the `prisma` CLI) through the official driver adapters, so nothing
// has to be downloaded: `diff` writes migration SQL and `applyMigrations` applies
// migration folders and records them in `_prisma_migrations` exactly as
// `prisma migrate deploy` does (the folders stay usable with the real CLI).
//
// Node-only (no "server-only" marker): the db:* scripts, the tests and the start script
// import it.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type * as WasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type DbEngine = "sqlite" | "postgresql";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const r = (...parts: string[]) => path.join(REPO_ROOT, ...parts);

export const SCHEMA_PATHS: Record<DbEngine, string> = {
  sqlite: r("prisma", "schema.prisma"),
  postgresql: r("prisma", "postgres", "schema.prisma"),
};

export const MIGRATIONS_DIRS: Record<DbEngine, string> = {
  sqlite: r("prisma", "migrations"),
  postgresql: r("prisma", "postgres", "migrations"),
};

/**
 * The PostgreSQL schema as of the newest PostgreSQL migration. PostgreSQL migrations are
 * made by a schema-to-schema diff from this snapshot (or from nothing for the first one),
 * never through a shadow database; `createMigration` rewrites it with each migration.
 */
export const POSTGRES_SNAPSHOT_PATH = path.join(MIGRATIONS_DIRS.postgresql, "schema.snapshot.prisma");

const SNAPSHOT_HEADER =
  "// Snapshot of prisma/postgres/schema.prisma as of the newest migration in this folder.\n" +
  "// Written by `npm run db:migration`; new PostgreSQL migrations are diffed from it. Do not edit.\n";

/**
 * Tables the search migration manages by hand (lib/server/search): FTS5 virtual tables and
 * their shadow tables on SQLite, tsvector tables on PostgreSQL. Prisma's schema does not
 * describe them, so the diffs leave them alone instead of proposing to drop them.
 */
const SEARCH_TABLES = ["search_article", "search_claim", "search_source", "search_comment"].flatMap(
  (table) => [
    table,
    ...["config", "content", "data", "docsize", "idx"].map((shadow) => `${table}_${shadow}`),
  ],
);
const FILTERS: Record<DbEngine, { externalTables: string[]; externalEnums: string[] }> = {
  sqlite: { externalTables: SEARCH_TABLES, externalEnums: [] },
  postgresql: { externalTables: SEARCH_TABLES.map((table) => `public.${table}`), externalEnums: [] },
};

export function engineForUrl(url: string): DbEngine {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error("Database URL must start with file:, postgres:// or postgresql://");
}

/** `file:./data/x.db` -> absolute path (relative paths resolve against the working directory). */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

// ---------------------------------------------------------------------------------------
// Loading the engine

type WasmRuntime = typeof WasmBindings;

let runtime: Promise<WasmRuntime> | undefined;
const engineTimers = new Set<NodeJS.Timeout>();
let activeSessions = 0;

/** wasm-bindgen keeps module-level state, so the module is instantiated once per process. */
function loadRuntime(): Promise<WasmRuntime> {
  runtime ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings: WasmRuntime = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await fs.readFile(path.join(path.dirname(jsPath), "schema_engine_bg.wasm"));
    const imports: WebAssembly.ModuleImports = { ...(bindings as unknown as WebAssembly.ModuleImports) };
    // The engine arms timeouts (e.g. 10 s around PostgreSQL's advisory lock) and never
    // clears them, which would keep the process alive after the work is done: track
    // them so `withEngine` can clear the leftovers.
    for (const key of Object.keys(imports).filter((k) => k.startsWith("__wbg_setTimeout_"))) {
      imports[key] = (callback: () => void, ms: number) => {
        const timer = setTimeout(() => {
          engineTimers.delete(timer);
          callback();
        }, ms >>> 0);
        engineTimers.add(timer);
        return timer;
      };
    }
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {
      "./schema_engine_bg.js": imports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })().catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}

interface SchemaFile {
  path: string;
  content: string;
}

/**
 * Runs `fn` with an engine connected through `factory`, then frees the engine and
 * disposes every connection it opened (the engine itself never disposes them).
 */
async function withEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: () => Promise<SqlDriverAdapter>) => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const bound = bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(() => factory.connect()),
    connectToShadowDb: () => track(() => factory.connectToShadowDb()),
  });
  const registry = bound.errorRegistry;
  // Errors thrown by our adapters reach us as "External error id#N": hand back the original.
  const unwrap = (error: unknown): unknown => {
    const message = error instanceof Error ? error.message : String(error);
    const id = /External error id#(\d+)/.exec(message)?.[1];
    const original = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
    if (original !== undefined) return original instanceof Error ? original : new Error(describe(original));
    if (error instanceof Error) return error;
    return new Error(describe(error));
  };

  const { SchemaEngine } = await loadRuntime();
  let engine: SchemaEngine | undefined;
  activeSessions++;
  try {
    engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, logEngine, bound);
    return await fn(engine);
  } catch (error) {
    throw unwrap(error);
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    if (--activeSessions === 0) {
      for (const timer of engineTimers) clearTimeout(timer);
      engineTimers.clear();
    }
  }
}

function describe(value: unknown): string {
  if (typeof value === "object" && value !== null) {
    const { code, message } = value as { code?: unknown; message?: unknown };
    if (typeof message === "string") return typeof code === "string" ? `${code}: ${message}` : message;
    return JSON.stringify(value);
  }
  return String(value);
}

/** Engine log lines are JSON; shown only with DEBUG=schema-engine (or DEBUG=*). */
function logEngine(line: string): void {
  const debug = process.env.DEBUG ?? "";
  if (debug.includes("schema-engine") || debug === "*") console.error(`[schema-engine] ${line}`);
}

// ---------------------------------------------------------------------------------------
// Driver adapters

/** SQLite (better-sqlite3); the shadow database, when the engine wants one, is in memory. */
function sqliteFactory(file: string): SqlMigrationAwareDriverAdapterFactory {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const inner = new PrismaBetterSqlite3({ url: file });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => routeScriptsToExec(await inner.connect()),
    connectToShadowDb: async () => routeScriptsToExec(await inner.connectToShadowDb()),
  };
}

const EMPTY_RESULT: SqlResultSet = { columnNames: [], columnTypes: [], rows: [] };

/**
 * better-sqlite3's `prepare()` refuses SQL with more than one statement, but the engine
 * sends whole migration scripts through `queryRaw`/`executeRaw` (e.g. replaying
 * migrations on the shadow database). Parameterless multi-statement SQL goes to
 * `executeScript` (`Database.exec`) instead, which also copes with hand-written triggers.
 */
function routeScriptsToExec(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "queryRaw" || prop === "executeRaw") {
        return async (query: SqlQuery) => {
          if (query.args.length === 0 && hasMultipleStatements(query.sql)) {
            await target.executeScript(query.sql);
            return prop === "queryRaw" ? EMPTY_RESULT : 0;
          }
          return prop === "queryRaw" ? target.queryRaw(query) : target.executeRaw(query);
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * True when `sql` holds a statement after a top-level `;` (quotes and comments are
 * skipped). A trigger's `BEGIN …; END;` counts as several, which is fine: exec runs it.
 */
export function hasMultipleStatements(sql: string): boolean {
  let sawTerminator = false;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === "-" && next === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end + 1;
    } else if (c === "/" && next === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else if (c === "'" || c === '"' || c === "`" || c === "[") {
      const close = c === "[" ? "]" : c;
      if (sawTerminator) return true;
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === close) {
          if (sql[j + 1] === close && close !== "]") j += 2;
          else break;
        } else j++;
      }
      i = j + 1;
    } else if (c === ";") {
      sawTerminator = true;
      i++;
    } else if (c !== undefined && /\s/.test(c)) {
      i++;
    } else {
      if (sawTerminator) return true;
      i++;
    }
  }
  return false;
}

function parsePostgresUrl(url: string): {
  connectionString: string;
  schema: string | undefined;
  database: string;
} {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  return { connectionString: parsed.toString(), schema, database };
}

/**
 * PostgreSQL through node-postgres. One connection per adapter keeps the engine's
 * session-level advisory lock on the connection that takes it. No shadow database:
 * PostgreSQL migrations are diffed schema-to-schema (see `diffPostgres`).
 */
function postgresFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const { connectionString, schema } = parsePostgresUrl(url);
  const inner = new PrismaPg({ connectionString, max: 1 }, schema === undefined ? undefined : { schema });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => sendScriptsWhole(await inner.connect()),
    connectToShadowDb: () =>
      Promise.reject(new Error("No shadow database for PostgreSQL: migrations are diffed schema-to-schema.")),
  };
}

/**
 * The pg adapter's `executeScript` splits scripts on every `;`, which breaks
 * hand-written functions/triggers (`$$ … ; … $$`). Send the script whole instead: the
 * simple query protocol runs multi-statement scripts in one implicit transaction, as
 * `prisma migrate deploy` does.
 */
function sendScriptsWhole(adapter: Awaited<ReturnType<PrismaPg["connect"]>>): SqlDriverAdapter {
  const pool = adapter.underlyingDriver();
  readCatalogCharAsText(pool);
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "executeScript") {
        return async (script: string) => {
          try {
            await pool.query(script);
          } catch (error) {
            const e = error as pg.DatabaseError;
            if (typeof e.code !== "string") throw error;
            throw new DriverAdapterError({
              kind: "postgres",
              code: e.code,
              severity: e.severity ?? "ERROR",
              message: e.message,
              detail: e.detail,
              column: e.column,
              hint: e.hint,
            });
          }
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The engine's introspection reads catalog columns of PostgreSQL's one-byte `"char"`
 * type (OID 18, e.g. `pg_class.relkind`), which the pg adapter refuses to map ("Column
 * type 'char' could not be deserialized"). Its values arrive as strings anyway, so the
 * pool (ours alone) reports them as `text` (OID 25).
 */
function readCatalogCharAsText(pool: pg.Pool): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult | pg.QueryResult[]>;
  const patched = async (...args: unknown[]) => {
    const result = await query(...args);
    for (const part of Array.isArray(result) ? result : [result]) {
      for (const field of part.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    }
    return result;
  };
  pool.query = patched as typeof pool.query;
}

/**
 * Stand-in PostgreSQL connection for schema-to-schema diffs, so PostgreSQL migrations
 * can be written without a server. The engine only asks for the server version when it
 * starts; the diff itself never touches a database (anything else is refused).
 */
function offlinePostgresFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = (what: string) =>
    Promise.reject(
      new Error(`offline PostgreSQL stand-in cannot ${what}: a schema-to-schema diff needs no database`),
    );
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "claimdesk-offline-postgres",
    queryRaw: (query) => {
      if (/\bversion\(\)/.test(query.sql) && /server_version_num/.test(query.sql)) {
        return Promise.resolve({
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, "PostgreSQL 15.0 (offline stand-in)", 150000]],
        });
      }
      return refuse(`run ${JSON.stringify(query.sql.slice(0, 80))}`);
    },
    executeRaw: () => refuse("execute SQL"),
    executeScript: () => refuse("execute a script"),
    startTransaction: () => refuse("start a transaction"),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: () => Promise.resolve(),
  };
  return {
    provider: "postgres",
    adapterName: adapter.adapterName,
    connect: () => Promise.resolve(adapter),
    connectToShadowDb: () => refuse("open a shadow database"),
  };
}

/** Creates the PostgreSQL database named by `url` if it does not exist (as the Prisma CLI does). */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const { connectionString, database } = parsePostgresUrl(url);
  const probe = new pg.Client({ connectionString });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as pg.DatabaseError).code !== "3D000") throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const maintenance = new URL(connectionString);
  maintenance.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } catch (error) {
    if ((error as pg.DatabaseError).code !== "42P04") throw error; // created concurrently
  } finally {
    await admin.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------
// Migration folders

function readSchema(engine: DbEngine): SchemaFile {
  const file = SCHEMA_PATHS[engine];
  if (!existsSync(file))
    throw new Error(`${path.relative(REPO_ROOT, file)} is missing (run npm run db:derive)`);
  return { path: file, content: readFileSync(file, "utf8") };
}

/** The migration folders of one engine, in the shape the engine reads them. */
export async function loadMigrations(engine: DbEngine): Promise<MigrationList> {
  const baseDir = MIGRATIONS_DIRS[engine];
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const lockContent = await fs.readFile(lockPath, "utf8").catch(() => null);
  const entries = await fs.readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: "migration.sql",
        content: await fs
          .readFile(path.join(baseDir, folder, "migration.sql"), "utf8")
          .then((value) => ({ tag: "ok" as const, value }))
          .catch((error: Error) => ({ tag: "error" as const, value: error.message })),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

function lockfileContent(engine: DbEngine): string {
  return (
    "# Please do not edit this file manually\n" +
    "# It should be added in your version-control system (e.g., Git)\n" +
    `provider = "${engine}"\n`
  );
}

async function diffScript(
  engine: SchemaEngine,
  dbEngine: DbEngine,
  from: DiffTarget,
  to: DiffTarget,
): Promise<string | null> {
  const result = await engine.diff({ from, to, script: true, exitCode: true, filters: FILTERS[dbEngine] });
  // exitCode 2 = non-empty diff (as `prisma migrate diff --exit-code`).
  return result.exitCode === 2 ? (result.stdout ?? "") : null;
}

const datamodel = (schema: SchemaFile): DiffTarget => ({ tag: "schemaDatamodel", files: [schema] });

/** SQL bringing the SQLite migrations (replayed in memory) to prisma/schema.prisma; null when none. */
export async function diffSqlite(): Promise<string | null> {
  const schema = readSchema("sqlite");
  const migrations = await loadMigrations("sqlite");
  const from: DiffTarget =
    migrations.migrationDirectories.length === 0 ? { tag: "empty" } : { tag: "migrations", ...migrations };
  return withEngine(sqliteFactory(":memory:"), schema, (engine) =>
    diffScript(engine, "sqlite", from, datamodel(schema)),
  );
}

/**
 * SQL bringing the PostgreSQL schema snapshot (the state after the newest PostgreSQL
 * migration) to prisma/postgres/schema.prisma; null when none. Needs no server.
 */
export async function diffPostgres(): Promise<string | null> {
  const schema = readSchema("postgresql");
  const migrations = await loadMigrations("postgresql");
  // The first migration starts from a model-less schema rather than `empty`, so it does
  // not open with CREATE SCHEMA "public" (which needs CREATE rights on the database).
  let from: DiffTarget = datamodel({
    path: "empty.prisma",
    content: 'datasource db {\n  provider = "postgresql"\n}\n',
  });
  if (existsSync(POSTGRES_SNAPSHOT_PATH)) {
    from = datamodel({
      path: POSTGRES_SNAPSHOT_PATH,
      content: await fs.readFile(POSTGRES_SNAPSHOT_PATH, "utf8"),
    });
  } else if (migrations.migrationDirectories.length > 0) {
    throw new Error(
      `${path.relative(REPO_ROOT, POSTGRES_SNAPSHOT_PATH)} is missing but PostgreSQL migrations exist`,
    );
  }
  return withEngine(offlinePostgresFactory(), schema, (engine) =>
    diffScript(engine, "postgresql", from, datamodel(schema)),
  );
}

/** SQL bringing a live database to its engine's schema; null when it matches. */
export async function diffDatabaseToSchema(url: string): Promise<string | null> {
  const engine = engineForUrl(url);
  const schema = readSchema(engine);
  const factory = engine === "sqlite" ? sqliteFactory(sqliteFilePath(url)) : postgresFactory(url);
  const live: DiffTarget = { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schema.path) };
  return withEngine(factory, schema, (e) => diffScript(e, engine, live, datamodel(schema)));
}

/** `20250101120000_add_notes` (Prisma's folder naming, UTC timestamp). */
export function migrationFolderName(name: string, now: Date = new Date()): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 100);
  if (!slug) throw new Error(`Invalid migration name: ${JSON.stringify(name)}`);
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${slug}`;
}

export interface CreatedMigration {
  folder: string;
  /** Absolute paths of the written migration.sql files. */
  files: Record<DbEngine, string>;
}

/**
 * Diffs both engines and, when either has changes, writes one migration folder with
 * the same name for both (plus lock files and the PostgreSQL snapshot). Returns null,
 * writing nothing, when the migrations already match the schemas. Expects
 * prisma/postgres/schema.prisma to be freshly derived.
 */
export async function createMigration({
  name,
  now,
}: {
  name: string;
  now?: Date;
}): Promise<CreatedMigration | null> {
  const [sqlite, postgresql] = [await diffSqlite(), await diffPostgres()];
  if (sqlite === null && postgresql === null) return null;

  let folder = migrationFolderName(name, now);
  const existing = (await Promise.all((["sqlite", "postgresql"] as const).map(loadMigrations))).flatMap(
    (list) => list.migrationDirectories.map((dir) => dir.path),
  );
  const newest = existing.sort().at(-1);
  if (newest !== undefined && folder <= newest) {
    // Keep folders ordered even if the clock is behind the newest migration.
    const bumped = new Date(
      Date.UTC(
        +newest.slice(0, 4),
        +newest.slice(4, 6) - 1,
        +newest.slice(6, 8),
        +newest.slice(8, 10),
        +newest.slice(10, 12),
        +newest.slice(12, 14) + 1,
      ),
    );
    folder = migrationFolderName(name, bumped);
  }

  const scripts: Record<DbEngine, string | null> = { sqlite, postgresql };
  const files = {} as Record<DbEngine, string>;
  for (const engine of ["sqlite", "postgresql"] as const) {
    const dir = path.join(MIGRATIONS_DIRS[engine], folder);
    await fs.mkdir(dir, { recursive: true });
    files[engine] = path.join(dir, "migration.sql");
    await fs.writeFile(files[engine], scripts[engine] ?? "-- This is an empty migration.\n");
    const lock = path.join(MIGRATIONS_DIRS[engine], "migration_lock.toml");
    if (!existsSync(lock)) await fs.writeFile(lock, lockfileContent(engine));
  }
  const pgSchema = readSchema("postgresql").content;
  await fs.writeFile(POSTGRES_SNAPSHOT_PATH, `${SNAPSHOT_HEADER}\n${stripLeadingComments(pgSchema)}`);
  return { folder, files };
}

function stripLeadingComments(source: string): string {
  const lines = source.split("\n");
  let i = 0;
  while (i < lines.length && /^\s*(\/\/.*)?$/.test(lines[i] ?? "")) i++;
  return lines.slice(i).join("\n");
}

// ---------------------------------------------------------------------------------------
// Applying

/**
 * Applies the pending migrations of the engine named by `url` (`file:` -> SQLite,
 * `postgres://`/`postgresql://` -> PostgreSQL), as `prisma migrate deploy` would.
 * Creates the SQLite file (and folders) or the PostgreSQL database when missing.
 * Returns the names of the migrations applied now (empty when up to date).
 */
export async function applyMigrations(url: string): Promise<string[]> {
  const engine = engineForUrl(url);
  let factory: SqlMigrationAwareDriverAdapterFactory;
  if (engine === "sqlite") {
    factory = sqliteFactory(sqliteFilePath(url));
  } else {
    await ensurePostgresDatabase(url);
    factory = postgresFactory(url);
  }
  const migrationsList = await loadMigrations(engine);
  if (migrationsList.migrationDirectories.length === 0) {
    throw new Error(`No migrations in ${path.relative(REPO_ROOT, MIGRATIONS_DIRS[engine])}`);
  }
  const schema = readSchema(engine);
  return withEngine(factory, schema, async (e) => {
    const { appliedMigrationNames } = await e.applyMigrations({ migrationsList, filters: FILTERS[engine] });
    return appliedMigrationNames;
  });
}
