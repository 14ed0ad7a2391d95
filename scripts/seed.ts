// `npm run db:seed`: applies pending migrations, then seeds the demo accounts and the
// demo article into an empty database (does nothing when users exist).
import { getEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/schema-engine";

async function main(): Promise<void> {
  await applyMigrations(getEnv().databaseUrl);
  const { seedDemo } = await import("@/lib/server/demo/seed-demo");
  const { db } = await import("@/lib/db");
  const { sealLegacyEvents } = await import("@/lib/server/audit/seal-legacy-events");
  await sealLegacyEvents(db);
  const { seeded } = await seedDemo();
  console.log(seeded ? "Seeded the demo." : "The database already has users: nothing seeded.");
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
