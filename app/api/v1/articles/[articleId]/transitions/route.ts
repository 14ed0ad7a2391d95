import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { transitionArticle } from "@/lib/server/articles/transition-article";

export const POST = apiRoute<{ articleId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const body = await readJsonBody(request);
  return NextResponse.json(
    await transitionArticle((await params).articleId, body as Parameters<typeof transitionArticle>[1], actor),
  );
});
