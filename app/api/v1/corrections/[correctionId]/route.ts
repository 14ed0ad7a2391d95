import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { noteCorrection } from "@/lib/server/corrections/note-correction";
import type { NoteCorrectionInput } from "@/lib/validation/articles";

export const PATCH = apiRoute<{ correctionId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const { correctionId } = await params;
  const body = await readJsonBody(request);
  return NextResponse.json(await noteCorrection(correctionId, body as NoteCorrectionInput, actor));
});
