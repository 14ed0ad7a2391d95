import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { getWorkspaceSettings } from "@/lib/server/settings/get-workspace-settings";
import { createRating } from "@/lib/server/ratings/create-rating";
import { ZCreateRatingInput } from "@/lib/validation/admin";

export const GET = endpoint({
  access: "scale.manage",
  async handle({ actor }) {
    const { ratings } = await getWorkspaceSettings(actor);
    return NextResponse.json({ ratings });
  },
});

export const POST = endpoint({
  access: "scale.manage",
  body: ZCreateRatingInput,
  async handle({ actor, body }) {
    return NextResponse.json(await createRating(body, actor), { status: 201 });
  },
});
