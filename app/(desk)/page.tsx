import type { Metadata } from "next";
import { ArticleTable } from "@/components/desk/article-table";
import { AppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { listArticlePage } from "@/lib/server/articles/list-articles";
import { listPeople } from "@/lib/server/users/list-people";
import { listTags } from "@/lib/server/tags/list-tags";
import { TAG_LIST_MAX } from "@/lib/validation/tags";
import { articleQueryFromSearchParams, DEFAULT_ARTICLE_SORT } from "@/lib/validation/article-list";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "Desk" };

export default async function DeskPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser();
  const query = articleQueryFromSearchParams(await searchParams);
  const [people, tags, result] = await Promise.all([
    listPeople(user),
    listTags({ limit: TAG_LIST_MAX }, user),
    // Filters the URL got wrong are shown beside the form, not as an error page.
    listArticlePage(query, user).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "validation") return error;
      throw error;
    }),
  ]);
  const page = result instanceof AppError ? null : result;
  return (
    <ArticleTable
      articles={page?.articles ?? []}
      nextCursor={page?.nextCursor ?? null}
      prevCursor={page?.prevCursor ?? null}
      issues={result instanceof AppError ? (result.issues ?? []) : []}
      query={query}
      sort={typeof query.sort === "string" && query.sort ? query.sort : DEFAULT_ARTICLE_SORT}
      people={people.map(({ id, name }) => ({ id, name }))}
      tags={tags}
      canCreate={can(user, "article.create")}
    />
  );
}
