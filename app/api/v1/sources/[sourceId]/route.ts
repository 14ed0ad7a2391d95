import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZSourceParams } from "@/lib/validation/route-params";
import { ZSourcePatch } from "@/lib/validation/claims";
import { updateSource } from "@/lib/server/sources/update-source";
import { removeSource } from "@/lib/server/sources/remove-source";

export const PATCH = endpoint({
  access: "source.manage",
  params: ZSourceParams,
  body: ZSourcePatch,
  async handle({ actor, params, body }) {
    return NextResponse.json(await updateSource(params.sourceId, body, actor));
  },
});

export const DELETE = endpoint({
  access: "source.manage",
  params: ZSourceParams,
  async handle({ actor, params }) {
    await removeSource(params.sourceId, actor);
    return new Response(null, { status: 204 });
  },
});
