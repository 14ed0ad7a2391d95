import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { getArticle } from "@/lib/server/articles/get-article";

export const GET = endpoint({
  access: "article.view",
  params: ZArticleParams,
  async handle({ actor, params }) {
    // The workspace's detail less who last changed it and who spiked it (README's API table).
    const {
      updatedAt: _updatedAt,
      updatedBy: _updatedBy,
      archivedBy: _archivedBy,
      ...article
    } = await getArticle(params.articleId, actor);
    return NextResponse.json(article);
  },
});
