import "server-only";
import { db } from "@/lib/db";
import { FIRST_MANAGER_COMMAND } from "@/lib/domain/auth/first-manager-command";
import { sealLegacyEvents } from "@/lib/server/audit/seal-legacy-events";
import { seedDemo } from "@/lib/server/demo/seed-demo";

/**
 * What `npm start` (and `npm run db:seed`) does to a migrated database before serving:
 * seals legacy audit events, and seeds the demo into an empty database only when asked
 * (`demo`: the embedded default, CLAIMDESK_DEMO=1 or `db:seed -- --demo`). Returns the
 * lines to tell the operator: what was seeded, or how to create the first manager.
 */
export async function prepareDatabase({ demo }: { demo: boolean }): Promise<{
  seeded: boolean;
  users: number;
  messages: string[];
}> {
  await sealLegacyEvents(db);
  if (demo && (await seedDemo()).seeded) {
    return {
      seeded: true,
      users: await db.user.count(),
      messages: ["Seeded the demo accounts and the demo article (password claimdesk-demo)."],
    };
  }
  const users = await db.user.count();
  if (users > 0) return { seeded: false, users, messages: [] };
  return {
    seeded: false,
    users,
    messages: [
      "The database has no accounts yet, and no demo accounts are created outside the embedded default.",
      `Create the first manager (a password is generated and shown once): ${FIRST_MANAGER_COMMAND}`,
      "(For a demo workspace instead, start with CLAIMDESK_DEMO=1 or run npm run db:seed -- --demo.)",
    ],
  };
}
