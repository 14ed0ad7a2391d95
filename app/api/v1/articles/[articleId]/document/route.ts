import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import type { SaveDocumentInput } from "@/lib/validation/articles";

export const PUT = apiRoute<{ articleId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const { articleId } = await params;
  const body = await readJsonBody(request);
  const { version, status, correctionCount, claims, doc } = await saveArticleDocument(
    articleId,
    body as SaveDocumentInput,
    actor,
  );
  return NextResponse.json({ version, status, correctionCount, claims, doc });
});
