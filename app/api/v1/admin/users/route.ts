import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listUsersPage } from "@/lib/server/users/list-users";
import { pageFromSearchParams } from "@/lib/validation/paging";
import { createUser } from "@/lib/server/users/create-user";
import { ZCreateUserInput } from "@/lib/validation/users";

export const GET = endpoint({
  access: "user.manage",
  async handle({ actor, url }) {
    return NextResponse.json(await listUsersPage(pageFromSearchParams(url.searchParams), actor));
  },
});

export const POST = endpoint({
  access: "user.manage",
  body: ZCreateUserInput,
  async handle({ actor, body }) {
    return NextResponse.json(await createUser(body, actor), { status: 201 });
  },
});
