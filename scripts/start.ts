// `npm start`: everything a fresh install needs, then the app. Creates the data folder
// and (when NEXTAUTH_SECRET is unset) a random secret kept there, applies pending
// migrations, seeds the demo into an empty database when that is the embedded default
// (or CLAIMDESK_DEMO=1) and otherwise says how to create the first manager, builds when
// the build is missing or older than the source, and serves on PORT.
// `npm start -- --no-serve` stops after preparing the database (a deploy step, and tests).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getEnv, secretFilePath } from "@/lib/env";
import { applyMigrations } from "@/lib/db/schema-engine";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];

function log(message: string): void {
  console.log(`[claimdesk] ${message}`);
}

function ensureSecret(dataDir: string, configured: string | undefined): string {
  if (configured) return configured;
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(secretFilePath(dataDir), secret, { mode: 0o600 });
  log(`NEXTAUTH_SECRET is not set: created a random one in ${secretFilePath(dataDir)}.`);
  log("A production deployment must set NEXTAUTH_SECRET itself.");
  return secret;
}

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIfNeeded(): void {
  const buildId = path.join(".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const sourceAt = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map(newestMtime));
  if (builtAt > sourceAt) return;
  log(
    builtAt
      ? "The source changed since the last build: building…"
      : "No build yet: building (a minute or two)…",
  );
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("The build failed; see the output above.");
}

async function main(): Promise<void> {
  const env = getEnv();
  fs.mkdirSync(env.dataDir, { recursive: true });
  const secret = ensureSecret(env.dataDir, env.nextAuthSecret);

  const applied = await applyMigrations(env.databaseUrl);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");

  // Imported after migrating: the use cases need the tables.
  const { prepareDatabase } = await import("@/lib/server/demo/prepare-database");
  const { db } = await import("@/lib/db");
  for (const line of (await prepareDatabase({ demo: env.seedDemo })).messages) log(line);
  await db.$disconnect();
  if (process.argv.includes("--no-serve")) return;

  buildIfNeeded();

  const url = env.publicUrl;
  log(
    `Starting on ${url} (${env.databaseProvider === "sqlite" ? `SQLite at ${env.databaseUrl}` : "PostgreSQL"})`,
  );
  const child = spawn("npx", ["next", "start", "-p", String(env.port)], {
    stdio: "inherit",
    env: { ...process.env, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: url, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error("[claimdesk] Could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
