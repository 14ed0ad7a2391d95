import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import {
  getNotificationPreferences,
  updateNotificationPreferences,
} from "@/lib/server/notifications/notification-preferences";
import { ZNotificationPreferencesInput } from "@/lib/validation/notifications";

// GET: my notification choices {digest, channels: {kind: channel}, emailConfigured}.
// PUT {digest?, channels?}: changes the ones sent; answers the whole set.
export const GET = endpoint({
  access: "signed-in",
  async handle({ actor }) {
    return NextResponse.json(await getNotificationPreferences(actor));
  },
});

export const PUT = endpoint({
  access: "signed-in",
  body: ZNotificationPreferencesInput,
  async handle({ actor, body }) {
    return NextResponse.json(await updateNotificationPreferences(actor, body));
  },
});
