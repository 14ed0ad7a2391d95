import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listTags } from "@/lib/server/tags/list-tags";

/** GET /api/v1/tags?q=&limit= → {tags: [{name, count}]}: the tags in use, for suggestions and the desk's filter. */
export const GET = endpoint({
  access: "article.view",
  async handle({ actor, url }) {
    const q = url.searchParams.get("q") ?? undefined;
    const limit = url.searchParams.get("limit") ?? undefined;
    return NextResponse.json({ tags: await listTags({ q, limit }, actor) });
  },
});
