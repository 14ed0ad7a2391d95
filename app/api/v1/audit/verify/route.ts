import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { verifyAuditChainAs } from "@/lib/server/audit/verify-audit-chain";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return NextResponse.json(await verifyAuditChainAs(actor));
});
