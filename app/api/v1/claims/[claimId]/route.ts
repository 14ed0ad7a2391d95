import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZClaimParams } from "@/lib/validation/route-params";
import { ZAssignmentInput } from "@/lib/validation/claims";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { updateClaimAssignment } from "@/lib/server/claims/update-claim-assignment";
import { removeClaim, ZRemoveClaimInput } from "@/lib/server/claims/remove-claim";

export const GET = endpoint({
  access: "article.view",
  params: ZClaimParams,
  async handle({ actor, params }) {
    return NextResponse.json(await getClaimDetail(params.claimId, actor));
  },
});

/** Managers: reassign a claim in work, or change its due date or priority. */
export const PATCH = endpoint({
  access: "claim.assign",
  params: ZClaimParams,
  body: ZAssignmentInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await updateClaimAssignment(params.claimId, body, actor));
  },
});

/** Editors and managers: take the claim out of the article (its highlight goes; the record stays). */
export const DELETE = endpoint({
  access: "claim.remove",
  params: ZClaimParams,
  body: ZRemoveClaimInput,
  bodyOptional: true,
  async handle({ actor, params, body }) {
    return NextResponse.json(await removeClaim(params.claimId, body, actor));
  },
});
