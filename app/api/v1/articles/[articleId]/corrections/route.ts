import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import {
  correctionsToCsv,
  listArticleCorrections,
  parseCorrectionsFormat,
} from "@/lib/server/corrections/list-corrections";

/** The article's corrections log: JSON, or `?format=csv` as a download. */
export const GET = apiRoute<{ articleId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const format = parseCorrectionsFormat(new URL(request.url).searchParams.get("format"));
  const log = await listArticleCorrections((await params).articleId, actor);
  if (format === "json") return NextResponse.json(log);
  const date = new Date().toISOString().slice(0, 10);
  return new Response(correctionsToCsv(log), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="corrections-${log.article.id}-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
});
