import { endpoint } from "@/lib/server/http/endpoint";
import {
  markNotificationsRead,
  ZMarkNotificationsReadInput,
} from "@/lib/server/notifications/mark-notifications-read";

export const POST = endpoint({
  access: "signed-in",
  body: ZMarkNotificationsReadInput,
  async handle({ actor, body }) {
    await markNotificationsRead(actor, body);
    return new Response(null, { status: 204 });
  },
});
