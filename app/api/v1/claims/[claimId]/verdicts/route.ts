import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZClaimParams } from "@/lib/validation/route-params";
import { ZVerdictInput } from "@/lib/validation/claims";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";

export const POST = endpoint({
  access: "verdict.propose",
  params: ZClaimParams,
  body: ZVerdictInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await proposeVerdict(params.claimId, body, actor), { status: 201 });
  },
});
