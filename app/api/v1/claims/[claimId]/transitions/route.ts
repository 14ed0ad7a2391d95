import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { transitionClaim } from "@/lib/server/claims/transition-claim";

export const POST = apiRoute<{ claimId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(
    await transitionClaim((await params).claimId, body as Parameters<typeof transitionClaim>[1], actor),
  );
});
