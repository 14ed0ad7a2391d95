import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { applyArticleSteps, type ApplyStepsInput } from "@/lib/server/articles/apply-article-steps";
import { listArticleSteps } from "@/lib/server/articles/list-article-steps";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ articleId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const { articleId } = await params;
  const since = new URL(request.url).searchParams.get("since") ?? undefined;
  return NextResponse.json(await listArticleSteps(articleId, { since }, actor));
});

export const POST = apiRoute<{ articleId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const { articleId } = await params;
  const body = await readJsonBody(request);
  const result = await applyArticleSteps(articleId, body as ApplyStepsInput, actor);
  if (result.kind === "behind") {
    const { version, steps, clientIds } = result;
    return NextResponse.json(
      {
        error: { code: "behind", message: "Newer changes arrived first: apply them, then send yours again." },
        version,
        steps,
        clientIds,
      },
      { status: 409 },
    );
  }
  const { version, steps, clientIds, claims, removedIds, article } = result;
  return NextResponse.json({ version, steps, clientIds, claims, removedIds, article });
});
