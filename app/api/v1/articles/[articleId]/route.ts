import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { getArticle } from "@/lib/server/articles/get-article";

export const GET = endpoint({
  access: "article.view",
  params: ZArticleParams,
  async handle({ actor, params }) {
    const article = await getArticle(params.articleId, actor);
    const {
      id,
      title,
      status,
      version,
      doc,
      tags,
      claims,
      firstClearedAt,
      correctionCount,
      pendingCorrections,
      archivedAt,
      can,
    } = article;
    return NextResponse.json({
      id,
      title,
      status,
      version,
      doc,
      tags,
      claims,
      firstClearedAt,
      correctionCount,
      pendingCorrections,
      archivedAt,
      can,
    });
  },
});
