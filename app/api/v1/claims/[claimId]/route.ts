import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { getClaimDetail } from "@/lib/server/claims/get-claim-detail";
import { updateClaimAssignment } from "@/lib/server/claims/update-claim-assignment";
import type { AssignmentInput } from "@/lib/validation/claims";
import { removeClaim, type RemoveClaimInput } from "@/lib/server/claims/remove-claim";

export const GET = apiRoute<{ claimId: string }>(async (_request, { params }) => {
  const actor = await requireUser();
  return NextResponse.json(await getClaimDetail((await params).claimId, actor));
});

/** Managers: reassign a claim in work, or change its due date or priority. */
export const PATCH = apiRoute<{ claimId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(
    await updateClaimAssignment((await params).claimId, body as AssignmentInput, actor),
  );
});

/** Editors and managers: take the claim out of the article (its highlight goes; the record stays). */
export const DELETE = apiRoute<{ claimId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const hasBody = Number(request.headers.get("content-length") ?? "0") > 0;
  const body = hasBody ? await readJsonBody(request) : {};
  return NextResponse.json(await removeClaim((await params).claimId, body as RemoveClaimInput, actor));
});
