import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { ZPresenceInput } from "@/lib/validation/presence";
import { updatePresence } from "@/lib/server/live/update-presence";

export const dynamic = "force-dynamic";

export const POST = endpoint({
  access: "article.view",
  params: ZArticleParams,
  body: ZPresenceInput,
  handle({ actor, params, body }) {
    updatePresence(params.articleId, body, actor);
    return Promise.resolve(new Response(null, { status: 204 }));
  },
});
