import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { db } from "@/lib/db";
import { csvRow } from "@/lib/domain/csv";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/issues";
import { ZAuditFilters } from "@/lib/validation/audit";
import type { Actor } from "@/lib/server/auth/actor";
import { assertAllowed } from "@/lib/server/auth/assert-allowed";
import { auditEventSelect, auditFilterWhere, timeRangeSeqBounds } from "@/lib/server/audit/list-audit-events";
import { findSensitiveSourceEvents, REDACTED } from "@/lib/server/audit/get-claim-timeline";

export type AuditExportFormat = "csv" | "jsonl";

export const AUDIT_EXPORT_COLUMNS = [
  "seq",
  "at",
  "actorId",
  "action",
  "articleId",
  "claimId",
  "before",
  "after",
  "reason",
  "context",
  "prevHash",
  "hash",
  "redacted",
] as const;

const PAGE = 1000;

/** Total rows an export with these filters writes (cursor and limit are ignored). */
export async function countAuditEvents(rawFilters: unknown, actor: Actor): Promise<number> {
  const filters = parseInput(ZAuditFilters, rawFilters ?? {});
  assertAllowed(actor, "audit.view");
  return db.auditEvent.count({ where: await auditFilterWhere(filters) });
}

/**
 * Streams the filtered audit events, oldest first (keyset on seq, 1000 rows per query), as
 * JSON Lines or CSV. Events about a sensitive source are always redacted: before/after
 * become `{"redacted":"sensitive source"}` and the row says `redacted: true`; a verifier
 * trusts such an event's stored hash. Managers only ("audit.view").
 */
export function exportAuditEvents(
  rawFilters: unknown,
  format: AuditExportFormat,
  actor: Actor,
): ReadableStream<Uint8Array> {
  if (format !== "csv" && format !== "jsonl") {
    throw new AppError("validation", "Choose an export format: csv or jsonl.", {
      issues: [{ path: "format", message: "Choose an export format: csv or jsonl." }],
    });
  }
  const filters = parseInput(ZAuditFilters, rawFilters ?? {});
  assertAllowed(actor, "audit.view");
  // Resolved in start(): a claim's words become claim ids there (countAuditEvents, which the
  // route awaits first, reports a filter that matches too many).
  const wherePromise = auditFilterWhere(filters);
  const encoder = new TextEncoder();
  let afterSeq = 0;
  let lastSeq: number | undefined;
  let headerWritten = false;
  let where: Prisma.AuditEventWhereInput = {};
  return new ReadableStream<Uint8Array>({
    async start() {
      where = await wherePromise;
      // A time range is a seq range, so each page walks the seq index between its bounds.
      const bounds = await timeRangeSeqBounds(where);
      if (bounds.gte !== undefined) afterSeq = bounds.gte - 1;
      lastSeq = bounds.lte;
    },
    async pull(controller) {
      const rows = await db.auditEvent.findMany({
        where: { ...where, seq: { gt: afterSeq, ...(lastSeq !== undefined ? { lte: lastSeq } : {}) } },
        orderBy: { seq: "asc" },
        take: PAGE,
        select: auditEventSelect,
      });
      const redact = await findSensitiveSourceEvents(rows);
      const lines: string[] = [];
      if (format === "csv" && !headerWritten) {
        lines.push(csvRow(AUDIT_EXPORT_COLUMNS));
        headerWritten = true;
      }
      for (const row of rows) {
        const redacted = redact.has(row.seq);
        const record = {
          seq: row.seq,
          at: row.at.toISOString(),
          actorId: row.actorId,
          action: row.action,
          articleId: row.articleId,
          claimId: row.claimId,
          before: redacted ? REDACTED : (row.before ?? null),
          after: redacted ? REDACTED : (row.after ?? null),
          reason: row.reason,
          // Hashed with the event when present (README, "Audit trail"): left out when absent.
          ...(row.context === null || row.context === undefined ? {} : { context: row.context }),
          prevHash: row.prevHash,
          hash: row.hash,
        };
        if (format === "jsonl") {
          lines.push(`${JSON.stringify(redacted ? { ...record, redacted: true } : record)}\n`);
        } else {
          lines.push(
            csvRow([
              record.seq,
              record.at,
              record.actorId,
              record.action,
              record.articleId,
              record.claimId,
              JSON.stringify(record.before),
              JSON.stringify(record.after),
              record.reason,
              record.context === undefined ? "" : JSON.stringify(record.context),
              record.prevHash,
              record.hash,
              redacted,
            ]),
          );
        }
      }
      if (lines.length > 0) controller.enqueue(encoder.encode(lines.join("")));
      const last = rows[rows.length - 1];
      if (!last || rows.length < PAGE) {
        controller.close();
        return;
      }
      afterSeq = last.seq;
    },
  });
}
