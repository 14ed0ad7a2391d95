import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listPeople } from "@/lib/server/users/list-people";

export const GET = endpoint({
  access: "signed-in",
  async handle({ actor }) {
    return NextResponse.json({ users: await listPeople(actor) });
  },
});
