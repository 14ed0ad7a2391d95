import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { listQueue } from "@/lib/server/queue/list-queue";

export const GET = apiRoute(async (request) => {
  const actor = await requireUser();
  const kind = new URL(request.url).searchParams.get("kind") ?? "mine";
  return NextResponse.json({ kind, claims: await listQueue(kind, actor) });
});
