import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { updateSource } from "@/lib/server/sources/update-source";
import { removeSource } from "@/lib/server/sources/remove-source";

export const PATCH = apiRoute<{ sourceId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(
    await updateSource((await params).sourceId, body as Parameters<typeof updateSource>[1], actor),
  );
});

export const DELETE = apiRoute<{ sourceId: string }>(async (_request, { params }) => {
  const actor = await requireUser();
  await removeSource((await params).sourceId, actor);
  return new NextResponse(null, { status: 204 });
});
