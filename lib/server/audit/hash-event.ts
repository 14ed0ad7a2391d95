// Node-only (no "server-only" marker): `npm run db:migrate` seals legacy events with it.
import { createHash } from "node:crypto";
import { canonicalJson, hashableEvent, type ChainedEventFields } from "@/lib/domain/audit/hash-chain";

export { GENESIS_HASH } from "@/lib/domain/audit/hash-chain";

/**
 * An audit event's hash: lowercase hex SHA-256 of the UTF-8 bytes of
 * `prevHash + canonicalJson(hashableEvent(event))` (README, "Audit trail").
 */
export function hashEvent(event: ChainedEventFields, prevHash: string): string {
  return createHash("sha256")
    .update(prevHash + canonicalJson(hashableEvent(event)), "utf8")
    .digest("hex");
}
