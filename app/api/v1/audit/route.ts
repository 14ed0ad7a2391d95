import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { auditFiltersFromSearchParams } from "@/lib/validation/audit";

export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  const filters = auditFiltersFromSearchParams(new URL(request.url).searchParams);
  return NextResponse.json(await listAuditEvents(filters, actor));
});
