import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listRatings } from "@/lib/server/ratings/list-ratings";

export const GET = endpoint({
  access: "signed-in",
  async handle({ actor }) {
    return NextResponse.json({ ratings: await listRatings(actor) });
  },
});
