import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { listArticles } from "@/lib/server/articles/list-articles";
import { createArticle } from "@/lib/server/articles/create-article";
import type { CreateArticleInput } from "@/lib/validation/articles";

export const GET = apiRoute(async () => {
  const actor = await requireUser();
  return NextResponse.json({ articles: await listArticles(actor) });
});

export const POST = apiRoute(async (request) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  const article = await createArticle(body as CreateArticleInput, actor);
  return NextResponse.json(article, { status: 201 });
});
