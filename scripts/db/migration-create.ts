// npm run db:migration -- <name>
//
// Re-derives prisma/postgres/schema.prisma, then diffs both engines offline with the
// WebAssembly schema engine (lib/db/schema-engine.ts):
//   SQLite:     prisma/migrations replayed in memory  -> prisma/schema.prisma
//   PostgreSQL: prisma/postgres/migrations/schema.snapshot.prisma (or nothing)
//               -> prisma/postgres/schema.prisma (schema-to-schema, no server needed)
// and writes prisma/migrations/<ts>_<name>/ and prisma/postgres/migrations/<ts>_<name>/.
// Prints "no changes" and writes nothing when the migrations already match the schema.
// Hand-written SQL (triggers, …) may be appended to a new migration.sql before it is applied.
import path from "node:path";
import { createMigration, REPO_ROOT } from "@/lib/db/schema-engine";
import { writePostgresSchema } from "./derive-postgres-schema";

async function main(): Promise<void> {
  const name = process.argv.slice(2).join("_");
  if (!name) {
    console.error("Usage: npm run db:migration -- <name>");
    process.exit(2);
  }
  if (writePostgresSchema()) console.log("prisma/postgres/schema.prisma updated");
  const created = await createMigration({ name });
  if (!created) {
    console.log("no changes: the migrations already match prisma/schema.prisma");
    return;
  }
  console.log(`Created migration ${created.folder}:`);
  for (const file of Object.values(created.files)) console.log(`  ${path.relative(REPO_ROOT, file)}`);
  console.log("Review the SQL (append hand-written SQL if needed), then run npm run db:migrate.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
