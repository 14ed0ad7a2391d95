"use client";
// Spiking (archiving) an article and restoring it: the header's "Spike…" with its
// confirmation, and the banner a spiked article shows, with Restore for those allowed.
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertDialog } from "radix-ui";
import { Archive, ArchiveRestore } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label, Textarea } from "@/components/ui/input";
import { formatDay } from "@/components/claims/detail/format";

async function post(articleId: string, what: "archive" | "restore", note: string): Promise<boolean> {
  try {
    const response = await fetch(`/api/v1/articles/${articleId}/${what}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(note.trim() ? { note } : {}),
    });
    if (response.ok) return true;
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    toast.error(body?.error?.message ?? "The server did not answer. Try again.");
  } catch {
    toast.error("Could not reach the server. Try again.");
  }
  return false;
}

export function SpikeButton({ articleId, title }: { articleId: string; title: string }) {
  const router = useRouter();
  const noteId = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);

  async function spike() {
    setPending(true);
    const ok = await post(articleId, "archive", note);
    setPending(false);
    if (!ok) return;
    setOpen(false);
    toast.success(`“${title}” is spiked. Restore it from the desk's Spiked filter.`);
    router.refresh();
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <Button variant="outline">
          <Archive aria-hidden="true" />
          Spike…
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-lg">
          <AlertDialog.Title className="text-base font-semibold">Spike this article?</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-700">
            “{title}” leaves the desk and the queues and becomes read-only for everyone. Nothing is deleted:
            an editor or manager can restore it.
          </AlertDialog.Description>
          <div className="mt-4 flex flex-col gap-1.5">
            <Label htmlFor={noteId}>Note (optional)</Label>
            <Textarea
              id={noteId}
              className="min-h-20"
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder="Why it is spiked, for the audit trail"
            />
          </div>
          <div className="mt-5 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="outline">Cancel</Button>
            </AlertDialog.Cancel>
            <Button
              variant="destructive"
              disabled={pending}
              onClick={() => {
                void spike();
              }}
            >
              {pending ? "Spiking…" : "Spike article"}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

export function SpikedBanner({
  articleId,
  archivedAt,
  archivedBy,
  canRestore,
  reason,
}: {
  articleId: string;
  archivedAt: string;
  archivedBy: string | null;
  canRestore: boolean;
  /** The server's explanation of what this viewer can do about it. */
  reason: string | null;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function restore() {
    setPending(true);
    const ok = await post(articleId, "restore", "");
    setPending(false);
    if (!ok) return;
    toast.success("The article is restored: back on the desk and editable.");
    router.refresh();
  }

  return (
    <div
      role="region"
      aria-label="Spiked article"
      className="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <Archive aria-hidden="true" className="size-4 shrink-0" />
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">{reason ?? "This article is spiked."}</strong> Spiked
        {archivedBy ? ` by ${archivedBy}` : ""} on {formatDay(archivedAt)}: it is hidden from the desk and the
        queues and read-only for everyone; nothing has been deleted.
      </p>
      {canRestore && (
        <Button
          variant="outline"
          disabled={pending}
          onClick={() => {
            void restore();
          }}
        >
          <ArchiveRestore aria-hidden="true" />
          {pending ? "Restoring…" : "Restore"}
        </Button>
      )}
    </div>
  );
}
