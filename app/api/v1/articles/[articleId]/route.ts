import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { getArticle } from "@/lib/server/articles/get-article";

export const GET = apiRoute<{ articleId: string }>(async (_request, { params }) => {
  const actor = await requireUser();
  const { articleId } = await params;
  const article = await getArticle(articleId, actor);
  const { id, title, status, version, doc, claims, firstClearedAt, correctionCount, pendingCorrections } =
    article;
  return NextResponse.json({
    id,
    title,
    status,
    version,
    doc,
    claims,
    firstClearedAt,
    correctionCount,
    pendingCorrections,
  });
});
