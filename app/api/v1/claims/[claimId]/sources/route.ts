import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZClaimParams } from "@/lib/validation/route-params";
import { ZSourceInput } from "@/lib/validation/claims";
import { addSource } from "@/lib/server/sources/add-source";

export const POST = endpoint({
  access: "source.manage",
  params: ZClaimParams,
  body: ZSourceInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await addSource(params.claimId, body, actor), { status: 201 });
  },
});
