// Vitest setup for integration tests: every test file gets its own fresh database with
// all migrations applied — a SQLite file by default, or a new PostgreSQL database on the
// server DATABASE_URL names (postgres://…), dropped afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { applyMigrations } from "@/lib/db/schema-engine";

const serverUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;
const name = `claimdesk_test_${randomBytes(6).toString("hex")}`;
let cleanup: () => Promise<void>;

if (serverUrl) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-test-"));
  process.env.DATABASE_URL = `file:${path.join(dir, `${name}.db`)}`;
  cleanup = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  };
}
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";

await applyMigrations(process.env.DATABASE_URL);

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await cleanup();
});
