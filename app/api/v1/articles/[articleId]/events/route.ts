import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { openArticleEvents } from "@/lib/server/live/open-article-events";

// GET …/events?clientId=…&since=N: the article's live events (Server-Sent Events).
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute<{ articleId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const { articleId } = await params;
  const query = new URL(request.url).searchParams;
  const stream = await openArticleEvents(
    articleId,
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
});
