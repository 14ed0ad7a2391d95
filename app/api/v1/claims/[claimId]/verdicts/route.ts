import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { proposeVerdict } from "@/lib/server/verdicts/propose-verdict";

export const POST = apiRoute<{ claimId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(
    await proposeVerdict((await params).claimId, body as Parameters<typeof proposeVerdict>[1], actor),
    {
      status: 201,
    },
  );
});
