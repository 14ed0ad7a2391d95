import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { verifyAuditChainAs } from "@/lib/server/audit/verify-audit-chain";

export const GET = endpoint({
  access: "audit.view",
  async handle({ actor }) {
    return NextResponse.json(await verifyAuditChainAs(actor));
  },
});
