import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listQueuePage } from "@/lib/server/queue/list-queue";
import { pageFromSearchParams } from "@/lib/validation/paging";

export const GET = endpoint({
  access: "article.view",
  async handle({ actor, url }) {
    const kind = url.searchParams.get("kind") ?? "mine";
    const page = await listQueuePage(kind, pageFromSearchParams(url.searchParams), actor);
    return NextResponse.json({ kind, ...page });
  },
});
