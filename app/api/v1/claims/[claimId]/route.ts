import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";

export const GET = apiRoute<{ claimId: string }>(async (_request, { params }) => {
  const actor = await requireUser();
  return NextResponse.json(await getClaimDetail((await params).claimId, actor));
});
