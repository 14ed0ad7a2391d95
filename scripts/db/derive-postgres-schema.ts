// npm run db:derive — writes prisma/postgres/schema.prisma from prisma/schema.prisma.
//
// prisma/schema.prisma is the one schema source (SQLite provider). The PostgreSQL
// variant differs only in the datasource provider and the generator output; everything
// else is copied verbatim, so both clients expose the same model API.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SOURCE_SCHEMA = path.join(REPO_ROOT, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(REPO_ROOT, "prisma", "postgres", "schema.prisma");

const HEADER = [
  "// GENERATED FILE: do not edit. Derived from prisma/schema.prisma by `npm run db:derive`",
  "// (scripts/db/derive-postgres-schema.ts); edit prisma/schema.prisma and re-run instead.",
  "",
].join("\n");

/** Finds the body of the first top-level `<keyword> <name> { … }` block. */
function findBlock(source: string, keyword: string): { start: number; end: number } {
  const match = new RegExp(`^${keyword}\\s+\\w+\\s*\\{`, "m").exec(source);
  if (!match) throw new Error(`prisma/schema.prisma has no ${keyword} block`);
  const start = match.index + match[0].length;
  const end = source.indexOf("\n}", start);
  if (end === -1) throw new Error(`Unterminated ${keyword} block in prisma/schema.prisma`);
  return { start, end };
}

function replaceInBlock(
  source: string,
  keyword: string,
  pattern: RegExp,
  replace: (value: string) => string,
): string {
  const { start, end } = findBlock(source, keyword);
  const body = source.slice(start, end);
  const match = pattern.exec(body);
  const value = match?.[2];
  if (!match || value === undefined)
    throw new Error(`Unexpected ${keyword} block in prisma/schema.prisma: ${pattern}`);
  const replaced =
    body.slice(0, match.index) +
    match[1] +
    replace(value) +
    match[3] +
    body.slice(match.index + match[0].length);
  return source.slice(0, start) + replaced + source.slice(end);
}

/**
 * The PostgreSQL schema for `source` (the contents of prisma/schema.prisma):
 * provider "postgresql", generator output `../lib/generated/sqlite` (relative to
 * prisma/) rewritten to `../../lib/generated/postgres` (relative to prisma/postgres/),
 * and a "generated, do not edit" header in place of the source's leading comments.
 */
export function derivePostgresSchema(source: string): string {
  const normalized = source.replace(/\r\n/g, "\n");
  let out = replaceInBlock(normalized, "datasource", /(\bprovider\s*=\s*")([^"]*)(")/, (provider) => {
    if (provider !== "sqlite") throw new Error(`Expected datasource provider "sqlite", found "${provider}"`);
    return "postgresql";
  });
  out = replaceInBlock(out, "generator", /(\boutput\s*=\s*")([^"]*)(")/, (output) => {
    const fromRoot = path.posix.join("prisma", output);
    if (path.posix.basename(fromRoot) !== "sqlite") {
      throw new Error(`Expected generator output to end in /sqlite, found "${output}"`);
    }
    const target = path.posix.join(path.posix.dirname(fromRoot), "postgres");
    return path.posix.relative("prisma/postgres", target);
  });
  const lines = out.split("\n");
  let first = 0;
  while (first < lines.length && /^\s*(\/\/.*)?$/.test(lines[first] ?? "")) first++;
  return HEADER + "\n" + lines.slice(first).join("\n");
}

/** Writes prisma/postgres/schema.prisma; returns true when its content changed. */
export function writePostgresSchema(): boolean {
  const next = derivePostgresSchema(readFileSync(SOURCE_SCHEMA, "utf8"));
  let current: string | undefined;
  try {
    current = readFileSync(POSTGRES_SCHEMA, "utf8");
  } catch {
    current = undefined;
  }
  if (current === next) return false;
  mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, next);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const changed = writePostgresSchema();
  console.log(`${path.relative(REPO_ROOT, POSTGRES_SCHEMA)} ${changed ? "written" : "up to date"}`);
}
