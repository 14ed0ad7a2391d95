import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZClaimParams } from "@/lib/validation/route-params";
import { ZTransitionInput } from "@/lib/validation/claims";
import { transitionClaim } from "@/lib/server/claims/transition-claim";

// Which moves a role may make is the workflow's decision (lib/domain/workflow).
export const POST = endpoint({
  access: "article.view",
  params: ZClaimParams,
  body: ZTransitionInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await transitionClaim(params.claimId, body, actor));
  },
});
