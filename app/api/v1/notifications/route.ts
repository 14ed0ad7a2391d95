import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export const GET = endpoint({
  access: "signed-in",
  async handle({ actor }) {
    return NextResponse.json(await listNotifications(actor));
  },
});
