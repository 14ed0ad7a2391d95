import type { Metadata } from "next";
import { QueueTable } from "@/components/queue/queue-table";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { listQueue } from "@/lib/server/queue/list-queue";

export const metadata: Metadata = { title: "My queue" };

export default async function MyQueuePage() {
  const user = await requirePageUser();
  return (
    <QueueTable
      title="My queue"
      description="Claims assigned to you that are not yet settled, soonest due first."
      rows={await listQueue("mine", user)}
      empty="Nothing assigned to you. Pick up an open claim from an article, or ask a manager."
    />
  );
}
