import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZClaimParams } from "@/lib/validation/route-params";
import { getClaimTimeline } from "@/lib/server/audit/get-claim-timeline";

export const GET = endpoint({
  access: "article.view",
  params: ZClaimParams,
  async handle({ actor, params }) {
    return NextResponse.json(await getClaimTimeline(params.claimId, actor));
  },
});
