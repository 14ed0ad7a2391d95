import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listUsers } from "@/lib/server/users/list-users";
import { createUser } from "@/lib/server/users/create-user";
import { ZCreateUserInput } from "@/lib/validation/users";

export const GET = endpoint({
  access: "user.manage",
  async handle({ actor }) {
    return NextResponse.json({ users: await listUsers(actor) });
  },
});

export const POST = endpoint({
  access: "user.manage",
  body: ZCreateUserInput,
  async handle({ actor, body }) {
    return NextResponse.json(await createUser(body, actor), { status: 201 });
  },
});
