import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { countAuditEvents, exportAuditEvents } from "@/lib/server/audit/export-audit-events";
import { auditFiltersFromSearchParams } from "@/lib/validation/audit";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson" } as const;

export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  const params = new URL(request.url).searchParams;
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
      "cache-control": "no-store",
    },
  });
});
