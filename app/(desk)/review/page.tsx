import type { Metadata } from "next";
import { QueueTable } from "@/components/queue/queue-table";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { listQueue } from "@/lib/server/queue/list-queue";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const user = await requirePageUser();
  return (
    <QueueTable
      title="Review queue"
      description="Verdicts in review that you may approve or send back: none of them proposed by you."
      rows={await listQueue("review", user)}
      empty="No verdicts are waiting for your review."
    />
  );
}
