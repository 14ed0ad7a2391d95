import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { updateRating } from "@/lib/server/ratings/update-rating";
import { retireRating } from "@/lib/server/ratings/retire-rating";
import type { RetireRatingInput, UpdateRatingInput } from "@/lib/validation/admin";

// `{retired}` retires or restores; any other body edits the rating's label or mapping.
export const PATCH = apiRoute<{ ratingId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const { ratingId } = await params;
  const body = await readJsonBody(request);
  const rating =
    typeof body === "object" && body !== null && "retired" in body
      ? await retireRating(ratingId, body as RetireRatingInput, actor)
      : await updateRating(ratingId, body as UpdateRatingInput, actor);
  return NextResponse.json(rating);
});
