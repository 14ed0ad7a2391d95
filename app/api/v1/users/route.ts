import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { listPeople } from "@/lib/server/users/list-people";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return NextResponse.json({ users: await listPeople(actor) });
});
