import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { search } from "@/lib/server/search/search";

/** GET /api/v1/search?q=&limit= → {query, articles, claims, sources, comments}, each {total, hits}. */
export const GET = endpoint({
  access: "article.view",
  async handle({ actor, url }) {
    const q = url.searchParams.get("q") ?? undefined;
    const limit = url.searchParams.get("limit") ?? undefined;
    return NextResponse.json(await search({ q, limit }, actor));
  },
});
