"use client";
// When the server refuses this page's unsent changes for good (not allowed, not fitting
// the article, or a copy too old to catch up), they cannot be kept in step with the
// article: the person is told why and reloads to continue from the latest version.
import { AlertTriangle, RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";

export function RefusedNotice({ message }: { message: string }) {
  return (
    <div
      role="alert"
      className="mb-3 flex flex-wrap items-center gap-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-950"
    >
      <AlertTriangle className="size-4 shrink-0" aria-hidden="true" />
      <span className="flex-1">
        <strong>Your last change could not be saved:</strong> {message}
      </span>
      <Button size="sm" onClick={() => window.location.reload()}>
        <RefreshCw aria-hidden="true" />
        Reload the article
      </Button>
    </div>
  );
}
