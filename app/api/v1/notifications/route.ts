import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return NextResponse.json(await listNotifications(actor));
});
