import { AlertTriangle, Check, CloudOff, FilePenLine, Loader2, PenLine } from "lucide-react";
import type { SaveState } from "@/components/editor/use-document-save";

/** The save state in words (and an icon), announced politely to screen readers. */
export function SaveIndicator({ state, version }: { state: SaveState; version: number }) {
  const view = {
    saved: { Icon: Check, text: `Saved · version ${version}`, className: "text-slate-600" },
    unsaved: { Icon: PenLine, text: "Unsaved changes", className: "text-slate-700" },
    saving: { Icon: Loader2, text: "Saving…", className: "text-slate-700" },
    failed: { Icon: CloudOff, text: "Not saved", className: "text-red-800" },
    conflict: { Icon: AlertTriangle, text: "Not saved: newer version exists", className: "text-red-800" },
    correction: { Icon: FilePenLine, text: "Not saved: correction note needed", className: "text-amber-900" },
  }[state.kind];
  return (
    <p
      role="status"
      aria-live="polite"
      data-save-state={state.kind}
      className={`flex items-center gap-1.5 text-sm ${view.className}`}
    >
      <view.Icon className={`size-4 ${state.kind === "saving" ? "animate-spin" : ""}`} aria-hidden="true" />
      {view.text}
    </p>
  );
}
