import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { reorderRatings } from "@/lib/server/ratings/reorder-ratings";
import { ZReorderRatingsInput } from "@/lib/validation/admin";

export const POST = endpoint({
  access: "scale.manage",
  body: ZReorderRatingsInput,
  async handle({ actor, body }) {
    return NextResponse.json({ ratings: await reorderRatings(body, actor) });
  },
});
