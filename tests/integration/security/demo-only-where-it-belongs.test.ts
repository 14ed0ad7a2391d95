// §2 of the hardening issue: `npm start` seeds the demo accounts (a MANAGER with a public
// password) only into the embedded default database, or when asked. Runs the start
// script's own preparation step (`npm start -- --no-serve`) as a separate process against
// this file's fresh database — PostgreSQL when DATABASE_URL points there.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, db } from "@/lib/db";
import { FIRST_MANAGER_COMMAND } from "@/lib/domain/auth/first-manager-command";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-start-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function prepareLikeNpmStart(env: Record<string, string | undefined>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  delete childEnv.CLAIMDESK_DEMO;
  delete childEnv.DATABASE_URL;
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/start.ts", "--no-serve"], {
    env: childEnv,
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe("npm start on a fresh database", () => {
  it("creates no account on a database named by DATABASE_URL, and says how to create the first manager", async () => {
    const out = prepareLikeNpmStart({
      DATABASE_URL: process.env.DATABASE_URL,
      CLAIMDESK_DATA_DIR: path.join(tmp, "configured"),
    });
    expect(await db.user.count()).toBe(0);
    expect(await db.article.count()).toBe(0);
    expect(out).toContain(FIRST_MANAGER_COMMAND);
    expect(out).not.toMatch(/Seeded the demo/);
  });

  it("seeds the demo there only when asked with CLAIMDESK_DEMO=1", async () => {
    const out = prepareLikeNpmStart({
      DATABASE_URL: process.env.DATABASE_URL,
      CLAIMDESK_DATA_DIR: path.join(tmp, "configured"),
      CLAIMDESK_DEMO: "1",
    });
    expect(out).toMatch(/Seeded the demo/);
    expect(await db.user.count({ where: { email: "manager@claimdesk.test" } })).toBe(1);
  });

  it("still opens on the demo for the embedded default (no DATABASE_URL: SQLite in the data folder)", async () => {
    const dataDir = path.join(tmp, "embedded");
    const out = prepareLikeNpmStart({ CLAIMDESK_DATA_DIR: dataDir });
    expect(out).toMatch(/Seeded the demo/);
    const embedded = createDb(`file:${path.join(dataDir, "claimdesk.db")}`);
    try {
      expect(await embedded.user.count()).toBe(4);
    } finally {
      await embedded.$disconnect();
    }
  });
});
