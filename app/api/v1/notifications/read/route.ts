import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { markNotificationsRead } from "@/lib/server/notifications/list-notifications";
import { parseInput } from "@/lib/validation/issues";

const ZReadInput = z.object({ ids: z.array(z.uuid()).max(500).optional() });

export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const { ids } = parseInput(ZReadInput, await readJsonBody(request));
  await markNotificationsRead(actor, ids);
  return new NextResponse(null, { status: 204 });
});
