import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { listRatings } from "@/lib/server/ratings/list-ratings";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return NextResponse.json({ ratings: await listRatings(actor) });
});
