import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { addSource } from "@/lib/server/sources/add-source";

export const POST = apiRoute<{ claimId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  const source = await addSource((await params).claimId, body as Parameters<typeof addSource>[1], actor);
  return NextResponse.json(source, { status: 201 });
});
