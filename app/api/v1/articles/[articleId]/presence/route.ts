import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { updatePresence } from "@/lib/server/live/update-presence";

export const dynamic = "force-dynamic";

export const POST = apiRoute<{ articleId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const { articleId } = await params;
  updatePresence(articleId, await readJsonBody(request), actor);
  return new Response(null, { status: 204 });
});
