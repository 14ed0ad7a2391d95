import { endpoint } from "@/lib/server/http/endpoint";
import { countAuditEvents, exportAuditEvents } from "@/lib/server/audit/export-audit-events";
import { auditFiltersFromSearchParams } from "@/lib/validation/audit";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson" } as const;

export const GET = endpoint({
  access: "audit.view",
  async handle({ actor, url }) {
    const params = url.searchParams;
    const format = params.get("format") === "csv" ? "csv" : params.get("format") === "jsonl" ? "jsonl" : null;
    const filters = auditFiltersFromSearchParams(params);
    // Validates the format, the filters and the permission before anything is streamed.
    const body = exportAuditEvents(filters, format ?? (params.get("format") as "csv"), actor);
    const total = await countAuditEvents(filters, actor);
    const ext = format ?? "jsonl";
    const date = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": CONTENT_TYPES[ext],
        "content-disposition": `attachment; filename="claimdesk-audit-${date}.${ext}"`,
        "x-total-count": String(total),
      },
    });
  },
});
