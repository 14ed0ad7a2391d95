// `npm run user:create -- --email a@b.c --name "A B" --role EDITOR [--password-stdin]`
// Creates a real user. Without --password-stdin a strong random password is generated
// and printed once; with it, the password is read from standard input (not argv, which
// would leave it in the shell history and the process list).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { getEnv } from "@/lib/env";
import { applyMigrations } from "@/lib/db/schema-engine";

const USAGE =
  'Usage: npm run user:create -- --email person@newsroom.org --name "Full Name" --role EDITOR|CHECKER|MANAGER [--password-stdin]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
    },
  });
  if (!values.email || !values.role) {
    console.error(USAGE);
    return 2;
  }
  const password = values["password-stdin"] ? await readStdin() : randomBytes(18).toString("base64url");
  await applyMigrations(getEnv().databaseUrl);
  const { createUser } = await import("@/lib/server/users/create-user");
  const { AppError } = await import("@/lib/errors");
  const { db } = await import("@/lib/db");
  try {
    const user = await createUser(
      {
        email: values.email,
        name: values.name ?? values.email.split("@")[0] ?? values.email,
        role: values.role as never,
        password,
      },
      null,
    );
    console.log(`Created ${user.role} ${user.email} (${user.name}).`);
    if (!values["password-stdin"]) console.log(`Password (shown once): ${password}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`Not created: ${error.message}`);
      for (const issue of error.issues ?? []) console.error(`  ${issue.path}: ${issue.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
