import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { ZSetArticleTagsInput } from "@/lib/validation/tags";
import { setArticleTags } from "@/lib/server/tags/set-article-tags";

/** PUT /api/v1/articles/:id/tags {tags} → {articleId, tags}: replaces the article's tags. */
export const PUT = endpoint({
  access: "article.tag",
  params: ZArticleParams,
  body: ZSetArticleTagsInput,
  async handle({ actor, params, body }) {
    return NextResponse.json(await setArticleTags(params.articleId, body, actor));
  },
});
