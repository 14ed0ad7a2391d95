// Canonical form of audit events for the tamper-evident hash chain (README, "Audit trail").
// Pure: the hashing itself (SHA-256) lives in lib/server/audit/hash-event.ts.

/** A JSON value as canonicalJson accepts it (`undefined` properties are omitted). */
export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | readonly (CanonicalValue | undefined)[]
  | { readonly [key: string]: CanonicalValue | undefined };

/** UTF-16 code-unit order, as RFC 8785 (JSON Canonicalization Scheme) sorts keys. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * RFC 8785-style canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers as JSON.stringify writes them, arrays in order, `undefined`
 * properties omitted (and written as null inside arrays, like JSON.stringify).
 * Dates must already be ISO strings; non-finite numbers are refused.
 */
export function canonicalJson(value: CanonicalValue | undefined): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case "string":
      return JSON.stringify(value);
    case "object":
      break;
    default:
      throw new TypeError(`canonicalJson: ${typeof value} is not a JSON value`);
  }
  if (Array.isArray(value)) {
    return `[${(value as readonly (CanonicalValue | undefined)[]).map((item) => canonicalJson(item)).join(",")}]`;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError("canonicalJson: only plain objects, arrays and primitives are accepted");
  }
  const object = value as { readonly [key: string]: CanonicalValue | undefined };
  const members = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort(compareCodeUnits)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  return `{${members.join(",")}}`;
}

/** The fields of an audit event that the chain protects, as stored. */
export interface ChainedEventFields {
  seq: number;
  at: Date | string;
  actorId?: string | null;
  action: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  context?: unknown;
}

export interface HashableEvent {
  [key: string]: CanonicalValue | undefined;
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  articleId: string | null;
  claimId: string | null;
  before: CanonicalValue;
  after: CanonicalValue;
  reason: string | null;
  /** Present only on events that came from a request (so older events hash as before). */
  context?: CanonicalValue;
}

/**
 * The exact object that is hashed: every protected field, absent ones as null — except
 * `context`, which is left out when absent, so events written before it existed verify.
 */
export function hashableEvent(event: ChainedEventFields): HashableEvent {
  return {
    seq: event.seq,
    at: typeof event.at === "string" ? event.at : event.at.toISOString(),
    actorId: event.actorId ?? null,
    action: event.action,
    articleId: event.articleId ?? null,
    claimId: event.claimId ?? null,
    before: (event.before ?? null) as CanonicalValue,
    after: (event.after ?? null) as CanonicalValue,
    reason: event.reason ?? null,
    ...(event.context === null || event.context === undefined
      ? {}
      : { context: event.context as CanonicalValue }),
  };
}

/** The prevHash of event 1. */
export const GENESIS_HASH = "0".repeat(64);
