import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { openArticleEvents } from "@/lib/server/live/open-article-events";

// GET …/events?clientId=…&since=N: the article's live events (Server-Sent Events).
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = endpoint({
  access: "article.view",
  params: ZArticleParams,
  async handle({ actor, params, url, request }) {
    const query = url.searchParams;
    const stream = await openArticleEvents(
      params.articleId,
      { clientId: query.get("clientId") ?? undefined, since: query.get("since") ?? undefined },
      actor,
      request.signal,
    );
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        // no-transform: no compression or proxy may hold events back to batch them.
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
      },
    });
  },
});
