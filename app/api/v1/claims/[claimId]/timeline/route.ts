import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { getClaimTimeline } from "@/lib/server/audit/get-claim-timeline";

export const GET = apiRoute<{ claimId: string }>(async (_request, { params }) => {
  const actor = await requireUser();
  return NextResponse.json(await getClaimTimeline((await params).claimId, actor));
});
