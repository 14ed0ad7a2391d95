// npm run db:generate (also the postinstall hook) — derives prisma/postgres/schema.prisma,
// then runs `prisma generate` for both schemas:
//   prisma/schema.prisma          -> lib/generated/sqlite
//   prisma/postgres/schema.prisma -> lib/generated/postgres
//
// Offline: the Prisma CLI wants to download its schema engine binary before it runs,
// although `generate` never uses it. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing file skips the download; we use the wasm engine's module file, which is not
// executable, so any attempt to run it would fail loudly. Telemetry/update checks are off.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, writePostgresSchema } from "./derive-postgres-schema";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const require = createRequire(import.meta.url);

function prismaEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  const configured = env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (!configured || !existsSync(configured)) {
    const wasmJs = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(path.dirname(wasmJs), "schema_engine_bg.wasm");
  }
  return env;
}

function generate(schema: string, env: NodeJS.ProcessEnv): Promise<string> {
  const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
  const args = [cli, "generate", "--schema", path.relative(REPO_ROOT, schema)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output.trim());
      else reject(new Error(`prisma generate --schema ${args[3]} failed (exit ${code}):\n${output}`));
    });
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  if (writePostgresSchema()) console.log("prisma/postgres/schema.prisma updated");
  const env = prismaEnv();
  // Separate output folders, so both run at once.
  const outputs = await Promise.all([generate(SOURCE_SCHEMA, env), generate(POSTGRES_SCHEMA, env)]);
  for (const output of outputs) {
    console.log(
      output
        .split("\n")
        .filter((line) => /Generated|loaded from/.test(line))
        .join("\n"),
    );
  }
  for (const dir of ["lib/generated/sqlite", "lib/generated/postgres"]) {
    if (!existsSync(path.join(REPO_ROOT, dir, "client.ts")))
      throw new Error(`${dir}/client.ts was not generated`);
  }
  console.log(`Prisma clients generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
