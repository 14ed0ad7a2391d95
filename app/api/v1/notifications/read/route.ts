import { z } from "zod";
import { endpoint } from "@/lib/server/http/endpoint";
import { markNotificationsRead } from "@/lib/server/notifications/list-notifications";

const ZReadInput = z.object({ ids: z.array(z.uuid()).max(500).optional() });

export const POST = endpoint({
  access: "signed-in",
  body: ZReadInput,
  async handle({ actor, body }) {
    await markNotificationsRead(actor, body.ids);
    return new Response(null, { status: 204 });
  },
});
