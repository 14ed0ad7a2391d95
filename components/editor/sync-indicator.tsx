"use client";
// The sync state in words (and an icon), announced politely: synced, sending (N unsent),
// offline (N unsent, kept in the page). Subscribes to the sync engine directly, so a
// keystroke re-renders this line and nothing else. No spinner: an animation running for as
// long as someone types costs every keystroke a frame's worth of work.
import { useSyncExternalStore } from "react";
import { Check, CloudOff, Loader2 } from "lucide-react";
import type { ArticleSync, SyncStatus } from "@/components/editor/collab/article-sync";

const SYNCED: SyncStatus = { kind: "synced" };

export function SyncIndicator({ sync }: { sync: ArticleSync | null }) {
  const status = useSyncExternalStore(
    sync?.subscribeStatus ?? noSubscription,
    sync?.getStatus ?? (() => SYNCED),
    () => SYNCED,
  );
  const unsent = status.kind === "synced" ? 0 : status.unsent;
  const changes = `${unsent} unsent change${unsent === 1 ? "" : "s"}`;
  const view = {
    synced: { Icon: Check, text: "All changes synced", className: "text-slate-600" },
    sending: {
      Icon: Loader2,
      text: unsent > 0 ? `Sending · ${changes}` : "Sending…",
      className: "text-slate-700",
    },
    offline: { Icon: CloudOff, text: `Offline · ${changes}`, className: "text-red-800" },
  }[status.kind];
  return (
    <div className="flex flex-col items-end">
      <p
        role="status"
        aria-live="polite"
        data-sync-state={status.kind}
        data-unsent={unsent}
        className={`flex items-center gap-1.5 text-sm ${view.className}`}
      >
        <view.Icon className="size-4" aria-hidden="true" />
        {view.text}
      </p>
      {status.kind === "offline" && (
        <p className="max-w-64 text-right text-xs text-red-800">{status.message}</p>
      )}
    </div>
  );
}

const noSubscription = () => () => undefined;
