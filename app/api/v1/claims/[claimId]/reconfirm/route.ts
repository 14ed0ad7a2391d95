import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZClaimParams } from "@/lib/validation/route-params";
import { ZReconfirmInput } from "@/lib/validation/claims";
import { reconfirmVerdict } from "@/lib/server/verdicts/reconfirm-verdict";

// Re-confirming a stale verdict for the claim's current words (four-eyes: lib/domain/verdicts/reconfirm).
export const POST = endpoint({
  access: "verdict.reconfirm",
  params: ZClaimParams,
  body: ZReconfirmInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await reconfirmVerdict(params.claimId, body, actor));
  },
});
