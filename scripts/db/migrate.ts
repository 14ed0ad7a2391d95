// npm run db:migrate — applies pending migrations (as `prisma migrate deploy` would, but
// offline, through the WebAssembly schema engine).
// Target: DATABASE_URL when it is a postgres://, postgresql:// or file: URL; otherwise the
// SQLite file claimdesk.db in CLAIMDESK_DATA_DIR (default: data/ at the repo root).
import path from "node:path";
import { applyMigrations, engineForUrl, REPO_ROOT } from "@/lib/db/schema-engine";

function targetUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  if (url && /^(postgres(ql)?:\/\/|file:)/.test(url)) return url;
  const dataDir = path.resolve(process.env.CLAIMDESK_DATA_DIR ?? path.join(REPO_ROOT, "data"));
  return `file:${path.join(dataDir, "claimdesk.db")}`;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

/** Seals audit events written before the hash chain existed (a no-op once done). */
async function sealAuditTrail(url: string): Promise<void> {
  const { createDb } = await import("@/lib/db");
  const { sealLegacyEvents } = await import("@/lib/server/audit/seal-legacy-events");
  const client = createDb(url);
  try {
    const sealed = await sealLegacyEvents(client, engineForUrl(url));
    if (sealed > 0) console.log(`Sealed ${sealed} legacy audit event(s) into the hash chain.`);
  } finally {
    await client.$disconnect();
  }
}

async function main(): Promise<void> {
  const url = targetUrl();
  const started = Date.now();
  const applied = await applyMigrations(url);
  await sealAuditTrail(url);
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
