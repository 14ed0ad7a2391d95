import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CorrectionsLog } from "@/components/corrections/corrections-log";
import { AppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { listArticleCorrections } from "@/lib/server/corrections/list-corrections";

export const metadata: Metadata = { title: "Corrections" };

export default async function CorrectionsPage({ params }: { params: Promise<{ articleId: string }> }) {
  const user = await requirePageUser();
  const { articleId } = await params;
  const log = await listArticleCorrections(articleId, user).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return <CorrectionsLog log={log} />;
}
