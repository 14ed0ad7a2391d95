// npm run db:migrate — applies pending migrations (as `prisma migrate deploy` would, but
// offline, through the WebAssembly schema engine).
// Target: DATABASE_URL when it is a postgres://, postgresql:// or file: URL; otherwise the
// SQLite file claimdesk.db in CLAIMDESK_DATA_DIR (default: data/ at the repo root).
import path from "node:path";
import { applyMigrations, REPO_ROOT } from "@/lib/db/schema-engine";

function targetUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  if (url && /^(postgres(ql)?:\/\/|file:)/.test(url)) return url;
  const dataDir = path.resolve(process.env.CLAIMDESK_DATA_DIR ?? path.join(REPO_ROOT, "data"));
  return `file:${path.join(dataDir, "claimdesk.db")}`;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

async function main(): Promise<void> {
  const url = targetUrl();
  const started = Date.now();
  const applied = await applyMigrations(url);
  const took = `${Date.now() - started} ms`;
  if (applied.length === 0) {
    console.log(`${redact(url)}: up to date (${took})`);
    return;
  }
  console.log(`${redact(url)}: applied ${applied.length} migration(s) in ${took}:`);
  for (const name of applied) console.log(`  ${name}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
