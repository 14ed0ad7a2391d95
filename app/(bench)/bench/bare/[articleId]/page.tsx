import { notFound } from "next/navigation";
import { BareEditor } from "@/components/bench/bare-editor";
import { getEnv } from "@/lib/env";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { getArticle } from "@/lib/server/articles/get-article";

// The benchmark's baseline (npm run bench, docs/benchmarks.md): the same article in a bare
// Tiptap editor, StarterKit and the plain claim mark, nothing else. Served only when the
// app is started with CLAIMDESK_BENCH_PAGES=1.
export default async function BareEditorPage({ params }: { params: Promise<{ articleId: string }> }) {
  if (!getEnv().benchPages) notFound();
  const user = await requirePageUser();
  const article = await getArticle((await params).articleId, user);
  return <BareEditor doc={article.doc} />;
}
