import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";
import { requireUser } from "@/lib/server/auth/require-user";
import {
  correctionsToCsv,
  listArticleCorrections,
  parseCorrectionsFormat,
} from "@/lib/server/corrections/list-corrections";

/**
 * The article's corrections log as JSON; `?format=csv` or `?format=json` make it a
 * download (the export).
 */
export const GET = apiRoute<{ articleId: string }>(async (request, { params }) => {
  const actor = await requireUser();
  const asked = new URL(request.url).searchParams.get("format");
  const format = parseCorrectionsFormat(asked);
  const log = await listArticleCorrections((await params).articleId, actor);
  if (asked === null) return NextResponse.json(log);
  const filename = `corrections-${log.article.id}-${new Date().toISOString().slice(0, 10)}.${format}`;
  const headers = {
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "no-store",
  };
  if (format === "json") return NextResponse.json(log, { headers });
  return new Response(correctionsToCsv(log), {
    headers: { ...headers, "content-type": "text/csv; charset=utf-8" },
  });
});
