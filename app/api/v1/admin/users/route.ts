import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { listUsers } from "@/lib/server/users/list-users";
import { createUser } from "@/lib/server/users/create-user";
import type { CreateUserInput } from "@/lib/validation/users";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return NextResponse.json({ users: await listUsers(actor) });
});

export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(await createUser(body as CreateUserInput, actor), { status: 201 });
});
