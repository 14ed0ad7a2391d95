// `npm run db:seed [-- --demo]`: applies pending migrations, then seeds the demo accounts
// and the demo article into an empty database (does nothing when users exist) — into the
// embedded default SQLite file always, into any other database only with --demo (or
// CLAIMDESK_DEMO=1), so that no deployment gets accounts with a public password unasked.
import { getEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/schema-engine";

async function main(): Promise<void> {
  const env = getEnv();
  await applyMigrations(env.databaseUrl);
  const { prepareDatabase } = await import("@/lib/server/demo/prepare-database");
  const { db } = await import("@/lib/db");
  const demo = process.argv.includes("--demo") || env.seedDemo;
  const { seeded, users, messages } = await prepareDatabase({ demo });
  for (const line of messages) console.log(line);
  if (!seeded && users > 0) console.log("The database already has users: nothing seeded.");
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
