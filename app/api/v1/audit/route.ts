import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { auditFiltersFromSearchParams } from "@/lib/validation/audit";

export const GET = endpoint({
  access: "audit.view",
  async handle({ actor, url }) {
    return NextResponse.json(await listAuditEvents(auditFiltersFromSearchParams(url.searchParams), actor));
  },
});
