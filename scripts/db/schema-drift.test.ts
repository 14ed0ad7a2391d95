// Guards the one-schema / two-engine setup: the derived PostgreSQL schema is current,
// and each engine's migrations, applied to a fresh database, produce exactly its schema.
// PostgreSQL runs only when DATABASE_URL names a server (postgres://…); a throwaway
// database is created there and dropped afterwards.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import {
  applyMigrations,
  diffDatabaseToSchema,
  diffPostgres,
  MIGRATIONS_DIRS,
  SCHEMA_PATHS,
} from "@/lib/db/schema-engine";
import { derivePostgresSchema } from "./derive-postgres-schema";

const serverUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe("schema drift", () => {
  it("prisma/postgres/schema.prisma is derived from prisma/schema.prisma (run npm run db:derive)", () => {
    const expected = derivePostgresSchema(readFileSync(SCHEMA_PATHS.sqlite, "utf8"));
    expect(readFileSync(SCHEMA_PATHS.postgresql, "utf8")).toBe(expected);
  });

  it("both engines have the same migration folders and the right lock files", () => {
    const sqlite = folders(MIGRATIONS_DIRS.sqlite);
    expect(sqlite.length).toBeGreaterThan(0);
    expect(folders(MIGRATIONS_DIRS.postgresql)).toEqual(sqlite);
    for (const engine of ["sqlite", "postgresql"] as const) {
      const lock = readFileSync(path.join(MIGRATIONS_DIRS[engine], "migration_lock.toml"), "utf8");
      expect(lock).toContain(`provider = "${engine}"`);
    }
  });

  it("the PostgreSQL snapshot matches the PostgreSQL schema (run npm run db:migration -- <name>)", async () => {
    expect(await diffPostgres()).toBeNull();
  });

  it("SQLite migrations produce prisma/schema.prisma, and re-applying is a no-op", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "claimdesk-drift-"));
    const url = `file:${path.join(dir, "nested", "drift.db")}`;
    try {
      expect(await applyMigrations(url)).toEqual(folders(MIGRATIONS_DIRS.sqlite));
      expect(await applyMigrations(url)).toEqual([]);
      expect(await diffDatabaseToSchema(url)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!serverUrl)(
    "PostgreSQL migrations produce prisma/postgres/schema.prisma, and re-applying is a no-op",
    async () => {
      const name = `claimdesk_drift_${randomBytes(6).toString("hex")}`;
      const url = new URL(serverUrl ?? "");
      url.pathname = `/${name}`;
      // DATABASE_URL only names the server: its own database need not exist.
      const adminUrl = new URL(serverUrl ?? "");
      adminUrl.pathname = "/postgres";
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
        expect(await applyMigrations(url.toString())).toEqual(folders(MIGRATIONS_DIRS.postgresql));
        expect(await applyMigrations(url.toString())).toEqual([]);
        expect(await diffDatabaseToSchema(url.toString())).toBeNull();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
