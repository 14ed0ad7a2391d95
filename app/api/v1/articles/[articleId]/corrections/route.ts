import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { ZArticleParams } from "@/lib/validation/route-params";
import {
  correctionsToCsv,
  listArticleCorrections,
  parseCorrectionsFormat,
} from "@/lib/server/corrections/list-corrections";

/**
 * The article's corrections log as JSON; `?format=csv` or `?format=json` make it a
 * download (the export).
 */
export const GET = endpoint({
  access: "article.view",
  params: ZArticleParams,
  async handle({ actor, params, url }) {
    const asked = url.searchParams.get("format");
    const format = parseCorrectionsFormat(asked);
    const log = await listArticleCorrections(params.articleId, actor);
    if (asked === null) return NextResponse.json(log);
    const filename = `corrections-${log.article.id}-${new Date().toISOString().slice(0, 10)}.${format}`;
    const headers = { "content-disposition": `attachment; filename="${filename}"` };
    if (format === "json") return NextResponse.json(log, { headers });
    return new Response(correctionsToCsv(log), {
      headers: { ...headers, "content-type": "text/csv; charset=utf-8" },
    });
  },
});
