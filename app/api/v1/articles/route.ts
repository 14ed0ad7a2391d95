import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listArticlePage } from "@/lib/server/articles/list-articles";
import { createArticle } from "@/lib/server/articles/create-article";
import { IMPORT_UPLOAD } from "@/lib/server/import/import-upload";
import { ZCreateArticleInput } from "@/lib/validation/articles";
import { articleQueryFromSearchParams } from "@/lib/validation/article-list";

export const GET = endpoint({
  access: "article.view",
  async handle({ actor, url }) {
    return NextResponse.json(await listArticlePage(articleQueryFromSearchParams(url.searchParams), actor));
  },
});

export const POST = endpoint({
  access: "article.create",
  body: ZCreateArticleInput,
  upload: IMPORT_UPLOAD,
  async handle({ actor, body }) {
    return NextResponse.json(await createArticle(body, actor), { status: 201 });
  },
});
