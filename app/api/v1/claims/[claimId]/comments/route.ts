import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { addComment } from "@/lib/server/comments/add-comment";

export const POST = apiRoute<{ claimId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(
    await addComment((await params).claimId, body as Parameters<typeof addComment>[1], actor),
    {
      status: 201,
    },
  );
});
