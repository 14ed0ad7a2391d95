"use client";
// Streams an export of the filtered audit trail: reads it chunk by chunk, counting bytes
// and rows against the server's x-total-count, then hands the file over as a download.
import { useCallback, useRef, useState } from "react";
import { toast } from "sonner";
import { errorFrom } from "@/components/audit/api";
import { toApiError } from "@/components/claims/detail/api";

export type ExportFormat = "csv" | "jsonl";

export interface ExportProgress {
  format: ExportFormat;
  bytes: number;
  rows: number;
  total: number | null;
}

/** Counts record ends: newlines outside quoted CSV fields (JSON Lines never quote one). */
function rowCounter(format: ExportFormat) {
  let quoted = false;
  return (text: string): number => {
    let rows = 0;
    for (const ch of text) {
      if (format === "csv" && ch === '"') quoted = !quoted;
      else if (ch === "\n" && !quoted) rows += 1;
    }
    return rows;
  };
}

function fileName(response: Response, format: ExportFormat): string {
  const match = /filename="?([^";]+)"?/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? `claimdesk-audit-${new Date().toISOString().slice(0, 10)}.${format}`;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useExport(query: string) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (format: ExportFormat) => {
      const abort = new AbortController();
      controller.current = abort;
      setError(null);
      setProgress({ format, bytes: 0, rows: 0, total: null });
      try {
        const params = new URLSearchParams(query);
        params.set("format", format);
        const response = await fetch(`/api/v1/audit/export?${params.toString()}`, { signal: abort.signal });
        if (!response.ok || !response.body) throw await errorFrom(response);
        const totalHeader = Number(response.headers.get("x-total-count"));
        const total =
          Number.isFinite(totalHeader) && response.headers.has("x-total-count") ? totalHeader : null;
        const count = rowCounter(format);
        const decoder = new TextDecoder();
        const reader = response.body.getReader();
        const chunks: BlobPart[] = [];
        let bytes = 0;
        let lines = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          bytes += value.byteLength;
          lines += count(decoder.decode(value, { stream: true }));
          // The CSV's first line is its header, not an event.
          const rows = format === "csv" ? Math.max(0, lines - 1) : lines;
          setProgress({ format, bytes, rows, total });
        }
        save(
          new Blob(chunks, { type: format === "csv" ? "text/csv" : "application/x-ndjson" }),
          fileName(response, format),
        );
        toast.success(`Export ready: ${format === "csv" ? "CSV" : "JSON Lines"} file saved.`);
      } catch (e) {
        if (abort.signal.aborted) {
          toast("Export cancelled.");
        } else {
          const message = toApiError(e).message;
          setError(message);
          toast.error(`Export failed. ${message}`);
        }
      } finally {
        if (controller.current === abort) controller.current = null;
        setProgress(null);
      }
    },
    [query],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, error, start, cancel };
}
