import type { Metadata } from "next";
import { NewArticleForm } from "@/components/articles/new-article-form";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { can } from "@/lib/domain/permissions";
import { createArticleAction } from "./actions";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requirePageUser();
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="mb-4 text-xl font-semibold">New article</h1>
      {can(user, "article.create") ? (
        <NewArticleForm action={createArticleAction} />
      ) : (
        <p className="text-sm text-slate-700">
          Your role does not create articles. An editor or manager does.
        </p>
      )}
    </main>
  );
}
