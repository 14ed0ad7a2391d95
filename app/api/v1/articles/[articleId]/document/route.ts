import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import { saveArticleDocument } from "@/lib/server/articles/save-article-document";
import { ZSaveDocumentInput } from "@/lib/validation/articles";

export const PUT = endpoint({
  access: "signed-in",
  params: ZArticleParams,
  body: ZSaveDocumentInput,
  async handle({ actor, params, body }) {
    const { version, status, correctionCount, claims, doc } = await saveArticleDocument(
      params.articleId,
      body,
      actor,
    );
    return NextResponse.json({ version, status, correctionCount, claims, doc });
  },
});
