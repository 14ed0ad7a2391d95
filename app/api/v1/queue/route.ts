import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { listQueue } from "@/lib/server/queue/list-queue";

export const GET = endpoint({
  access: "article.view",
  async handle({ actor, url }) {
    const kind = url.searchParams.get("kind") ?? "mine";
    return NextResponse.json({ kind, claims: await listQueue(kind, actor) });
  },
});
