import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { getWorkspaceSettings } from "@/lib/server/settings/get-workspace-settings";
import { createRating } from "@/lib/server/ratings/create-rating";
import type { CreateRatingInput } from "@/lib/validation/admin";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  const { ratings } = await getWorkspaceSettings(actor);
  return NextResponse.json({ ratings });
});

export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(await createRating(body as CreateRatingInput, actor), { status: 201 });
});
