import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZCorrectionParams } from "@/lib/validation/route-params";
import { ZNoteCorrectionInput } from "@/lib/validation/articles";
import { noteCorrection } from "@/lib/server/corrections/note-correction";

export const PATCH = endpoint({
  access: "article.view",
  params: ZCorrectionParams,
  body: ZNoteCorrectionInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await noteCorrection(params.correctionId, body, actor));
  },
});
