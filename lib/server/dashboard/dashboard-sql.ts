import "server-only";
// The few SQL spellings the dashboard's queries need on both engines: bound instants, UTC
// days of a timestamp column, a key of a JSON column and whole milliseconds between two
// instants.
import { getDbProvider } from "@/lib/db";

export type Engine = "sqlite" | "postgresql";

export function currentEngine(): Engine {
  return getDbProvider();
}

/** An instant as the engine compares it: SQLite stores Prisma's ISO text with "+00:00". */
export function instant(engine: Engine, at: Date): string {
  return engine === "sqlite" ? at.toISOString().replace("Z", "+00:00") : at.toISOString();
}

/** A bound instant: `?` on SQLite, `$n` cast to a timestamp on PostgreSQL. */
export function instantParam(engine: Engine, n: number): string {
  return engine === "sqlite" ? "?" : `$${n}::timestamp`;
}

/** A bound text value (a day, an id): `?` on SQLite, `$n` on PostgreSQL. */
export function textParam(engine: Engine, n: number): string {
  return engine === "sqlite" ? "?" : `$${n}::text`;
}

/** The UTC day ("2026-12-03") of a timestamp column. */
export function utcDay(engine: Engine, column: string): string {
  return engine === "sqlite" ? `substr(${column}, 1, 10)` : `to_char(${column}, 'YYYY-MM-DD')`;
}

export function jsonText(engine: Engine, column: string, key: string): string {
  return engine === "sqlite" ? `json_extract(${column}, '$.${key}')` : `(${column} ->> '${key}')`;
}

/**
 * Whole milliseconds from `from` to `to` (two timestamp columns), as an integer. Stored
 * instants have millisecond precision, so rounding only removes julianday's float noise on
 * SQLite; PostgreSQL's EXTRACT is exact.
 */
export function millisBetween(engine: Engine, from: string, to: string): string {
  return engine === "sqlite"
    ? `CAST(ROUND((julianday(${to}) - julianday(${from})) * 86400000.0) AS INTEGER)`
    : `CAST(ROUND(EXTRACT(EPOCH FROM (${to} - ${from})) * 1000) AS BIGINT)`;
}

export function toNumber(value: unknown): number {
  return Number(value);
}
