// The one Prisma client: a SQLite file by default, PostgreSQL when DATABASE_URL says so.
// Secret columns are omitted unless a query asks for them explicitly.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { getEnv } from "@/lib/env";

const clientOptions = {
  omit: { user: { passwordHash: true } },
  // Writes are serialised (SQLite's single writer, the audit-append lock on PostgreSQL), so
  // under a burst a transaction may queue for a while: wait rather than fail the request.
  transactionOptions: { maxWait: 15_000, timeout: 30_000 },
} as const;

function createSqliteDb(url: string) {
  const adapter = new PrismaBetterSqlite3({ url: sqliteFilePath(url), timeout: 10_000 });
  return new SqliteClient({ adapter, ...clientOptions });
}

export type Db = ReturnType<typeof createSqliteDb>;
/** The client handed to a `$transaction` callback (with the same omitted columns as `db`). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

export function createDb(url: string = getEnv().databaseUrl): Db {
  if (url.startsWith("file:")) return createSqliteDb(url);
  const adapter = new PrismaPg({ connectionString: url });
  // Both clients are generated from one schema and expose the same model API; the
  // PostgreSQL one differs only in provider-specific query options we do not use.
  return new PostgresClient({ adapter, ...clientOptions }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { claimdeskDb?: Db };

export const db: Db = globalForDb.claimdeskDb ?? createDb();
if (getEnv().nodeEnv !== "production") globalForDb.claimdeskDb = db;

export function getDbProvider(): "sqlite" | "postgresql" {
  return getEnv().databaseProvider;
}
