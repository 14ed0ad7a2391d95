import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { ZArticleTransitionInput } from "@/lib/validation/claims";
import { transitionArticle } from "@/lib/server/articles/transition-article";

// Which moves a role may make is the workflow's decision (lib/domain/workflow).
export const POST = endpoint({
  access: "article.view",
  params: ZArticleParams,
  body: ZArticleTransitionInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await transitionArticle(params.articleId, body, actor));
  },
});
