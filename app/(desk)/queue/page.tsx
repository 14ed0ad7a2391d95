import type { Metadata } from "next";
import { QueueTable } from "@/components/queue/queue-table";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { listQueuePage } from "@/lib/server/queue/list-queue";
import { pageFromSearchParams } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "My queue" };

export default async function MyQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser();
  const page = await listQueuePage("mine", pageFromSearchParams(await searchParams), user);
  return (
    <QueueTable
      title="My queue"
      description="Claims assigned to you that are not yet settled, soonest due first."
      rows={page.claims}
      path="/queue"
      nextCursor={page.nextCursor}
      prevCursor={page.prevCursor}
      empty="Nothing assigned to you. Pick up an open claim from an article, or ask a manager."
    />
  );
}
