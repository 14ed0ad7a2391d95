// The one place that reads process.env: validated with zod when first used.
// (No "server-only" marker: the start and seed scripts use it too.)
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => /^(postgres(ql)?:\/\/|file:)/.test(v), {
      message: "must start with postgres://, postgresql:// or file:",
    })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  CLAIMDESK_DATA_DIR: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The public address (next-auth reads it too; https there turns on HSTS); http://localhost:$PORT when unset. */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// address" }).optional(),
  /** "1" seeds the demo accounts and article into an empty database of any kind. */
  CLAIMDESK_DEMO: z.enum(["0", "1"]).optional(),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For. The client's
   * address is the entry that many places from the right (the rightmost one when 0).
   */
  CLAIMDESK_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** "1" serves the benchmark's bare-editor page (npm run bench); never in production. */
  CLAIMDESK_BENCH_PAGES: z.enum(["0", "1"]).default("0"),
  /** The SMTP server for notification digests, e.g. smtps://user:pass@mail.example.org; none: no email. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// address" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The digests' sender, e.g. "Claimdesk <desk@example.org>"; claimdesk@<the public host> when unset. */
  CLAIMDESK_MAIL_FROM: z.string().trim().min(3).max(320).optional(),
});

export interface Env {
  nodeEnv: "development" | "production" | "test";
  dataDir: string;
  databaseUrl: string;
  databaseProvider: "sqlite" | "postgresql";
  /** Undefined only before `npm start` (or the dev script) has created one. */
  nextAuthSecret: string | undefined;
  port: number;
  /** The app's public origin-bearing address, e.g. https://claims.example.org. */
  publicUrl: string;
  /**
   * The demo accounts and article are seeded into an empty database: always for the
   * embedded default (SQLite in the data folder, no DATABASE_URL), otherwise only with
   * CLAIMDESK_DEMO=1 (or `npm run db:seed -- --demo`). CLAIMDESK_DEMO=0 turns it off.
   */
  seedDemo: boolean;
  /** Reverse proxies in front of the app (see CLAIMDESK_PROXY_HOPS). */
  proxyHops: number;
  /** The benchmark's comparison pages are served (npm run bench starts the app so). */
  benchPages: boolean;
  /** Where digests are sent through; undefined: the workspace sends no email. */
  smtpUrl: string | undefined;
  mailFrom: string;
}

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const raw = parsed.data;
  // turbopackIgnore: the data folder is chosen at run time, not a file to trace into the build.
  const dataDir = path.resolve(
    /*turbopackIgnore: true*/ raw.CLAIMDESK_DATA_DIR ?? path.join(process.cwd(), "data"),
  );
  const databaseUrl = raw.DATABASE_URL ?? `file:${path.join(dataDir, "claimdesk.db")}`;
  cached = {
    nodeEnv: raw.NODE_ENV,
    dataDir,
    databaseUrl,
    databaseProvider: databaseUrl.startsWith("file:") ? "sqlite" : "postgresql",
    nextAuthSecret: raw.NEXTAUTH_SECRET ?? readSecretFile(dataDir),
    port: raw.PORT,
    publicUrl: raw.NEXTAUTH_URL ?? `http://localhost:${raw.PORT}`,
    seedDemo: raw.CLAIMDESK_DEMO ? raw.CLAIMDESK_DEMO === "1" : raw.DATABASE_URL === undefined,
    proxyHops: raw.CLAIMDESK_PROXY_HOPS,
    benchPages: raw.CLAIMDESK_BENCH_PAGES === "1",
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.CLAIMDESK_MAIL_FROM ?? `Claimdesk <claimdesk@${mailHost(raw.NEXTAUTH_URL)}>`,
  };
  return cached;
}

function mailHost(publicUrl: string | undefined): string {
  const host = publicUrl ? new URL(publicUrl).hostname : "localhost";
  return host.includes(".") ? host : "localhost.localdomain";
}

export function secretFilePath(dataDir: string): string {
  return path.join(/*turbopackIgnore: true*/ dataDir, "nextauth-secret");
}

function readSecretFile(dataDir: string): string | undefined {
  try {
    const value = fs.readFileSync(secretFilePath(dataDir), "utf8").trim();
    return value.length >= 16 ? value : undefined;
  } catch {
    return undefined;
  }
}
