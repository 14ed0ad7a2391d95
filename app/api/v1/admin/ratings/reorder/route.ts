import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { reorderRatings } from "@/lib/server/ratings/reorder-ratings";
import type { ReorderRatingsInput } from "@/lib/validation/admin";

export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json({ ratings: await reorderRatings(body as ReorderRatingsInput, actor) });
});
