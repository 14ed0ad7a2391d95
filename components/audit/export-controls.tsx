"use client";
// "Export CSV" / "Export JSON Lines" for the current filters, with progress and Cancel.
import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useExport, type ExportProgress } from "@/components/audit/use-export";

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function Progress({ progress, onCancel }: { progress: ExportProgress; onCancel: () => void }) {
  const label = progress.format === "csv" ? "CSV" : "JSON Lines";
  const rows =
    progress.total === null ? `${progress.rows} rows` : `${progress.rows} of ${progress.total} rows`;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
      <progress
        aria-label={`${label} export progress`}
        className="h-2 w-40 accent-slate-900"
        max={progress.total ?? undefined}
        value={progress.total === null ? undefined : Math.min(progress.rows, progress.total)}
      />
      <span>
        {formatBytes(progress.bytes)} · {rows}
      </span>
      <Button variant="outline" size="sm" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

export function ExportControls({ query }: { query: string }) {
  const { progress, error, start, cancel } = useExport(query);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap items-center gap-2">
        {progress ? (
          <Progress progress={progress} onCancel={cancel} />
        ) : (
          <>
            <Button variant="outline" size="sm" onClick={() => void start("csv")}>
              <Download aria-hidden="true" />
              Export CSV
            </Button>
            <Button variant="outline" size="sm" onClick={() => void start("jsonl")}>
              <Download aria-hidden="true" />
              Export JSON Lines
            </Button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          Export failed. {error}
        </p>
      )}
    </div>
  );
}
