import type { Metadata } from "next";
import { ArticleTable } from "@/components/desk/article-table";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { listArticles } from "@/lib/server/articles/list-articles";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Desk" };

export default async function DeskPage() {
  const user = await requirePageUser();
  const articles = await listArticles(user);
  return <ArticleTable articles={articles} canCreate={can(user, "article.create")} />;
}
