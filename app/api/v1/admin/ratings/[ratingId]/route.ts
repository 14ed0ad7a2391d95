import { NextResponse } from "next/server";
import { z } from "zod";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZRatingParams } from "@/lib/validation/route-params";
import { updateRating } from "@/lib/server/ratings/update-rating";
import { retireRating } from "@/lib/server/ratings/retire-rating";
import type { RetireRatingInput } from "@/lib/validation/admin";

// `{retired}` retires or restores; any other body edits the rating's label or mapping.
export const PATCH = endpoint({
  access: "scale.manage",
  params: ZRatingParams,
  body: z.record(z.string(), z.unknown()),
  async handle({ actor, params, body }) {
    const rating =
      "retired" in body
        ? await retireRating(params.ratingId, body as RetireRatingInput, actor)
        : await updateRating(params.ratingId, body, actor);
    return NextResponse.json(rating);
  },
});
