import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { applyArticleSteps, ZApplyStepsInput } from "@/lib/server/articles/apply-article-steps";
import { listArticleSteps } from "@/lib/server/articles/list-article-steps";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  access: "article.view",
  params: ZArticleParams,
  async handle({ actor, params, url }) {
    const since = url.searchParams.get("since") ?? undefined;
    return NextResponse.json(await listArticleSteps(params.articleId, { since }, actor));
  },
});

// Who may make which steps is decided from the steps themselves (a checker's may only mark).
export const POST = endpoint({
  access: "article.view",
  params: ZArticleParams,
  body: ZApplyStepsInput,
  async handle({ actor, params, body }) {
    const result = await applyArticleSteps(params.articleId, body, actor);
    if (result.kind === "behind") {
      const { version, steps, clientIds } = result;
      return NextResponse.json(
        {
          error: {
            code: "behind",
            message: "Newer changes arrived first: apply them, then send yours again.",
          },
          version,
          steps,
          clientIds,
        },
        { status: 409 },
      );
    }
    const { version, steps, clientIds, claims, removedIds, article } = result;
    return NextResponse.json({ version, steps, clientIds, claims, removedIds, article });
  },
});
