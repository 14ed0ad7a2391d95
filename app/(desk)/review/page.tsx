import type { Metadata } from "next";
import { QueueTable } from "@/components/queue/queue-table";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { listQueuePage } from "@/lib/server/queue/list-queue";
import { pageFromSearchParams } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser();
  const page = await listQueuePage("review", pageFromSearchParams(await searchParams), user);
  return (
    <QueueTable
      title="Review queue"
      description="Verdicts in review that you may approve or send back, and approved verdicts whose checked words changed, to re-confirm for the new words: none of them proposed by you."
      rows={page.claims}
      path="/review"
      nextCursor={page.nextCursor}
      prevCursor={page.prevCursor}
      empty="No verdicts are waiting for your review or re-confirmation."
    />
  );
}
