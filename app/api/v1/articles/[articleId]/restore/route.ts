import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { ZArchiveArticleInput } from "@/lib/validation/articles";
import { restoreArticle } from "@/lib/server/articles/archive-article";

export const POST = endpoint({
  access: "article.archive",
  params: ZArticleParams,
  body: ZArchiveArticleInput,
  bodyOptional: true,
  async handle({ actor, params, body }) {
    return NextResponse.json(await restoreArticle(params.articleId, body, actor));
  },
});
