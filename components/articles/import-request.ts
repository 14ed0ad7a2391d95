// Sends an import (a file as multipart/form-data, or a formatted paste as JSON) to
// POST /api/v1/articles with XMLHttpRequest, the one browser API that reports upload
// progress, so a big .docx shows how far it has gone.
import type { FieldIssue } from "@/lib/errors";
import type { ImportNotice } from "@/lib/domain/import/import-notices";

export type ImportOutcome =
  | { ok: true; id: string; title: string; notices: ImportNotice[] }
  | { ok: false; message: string; issues: FieldIssue[] };

/** The stage an import is at: sending (with the share sent) or converting on the server. */
export type ImportProgress = { stage: "sending"; fraction: number } | { stage: "converting" };

export function sendImport(
  body: FormData | Record<string, unknown>,
  onProgress: (p: ImportProgress) => void,
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/articles");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ stage: "sending", fraction: event.loaded / event.total });
    };
    xhr.upload.onload = () => onProgress({ stage: "converting" });
    xhr.onerror = () =>
      resolve({
        ok: false,
        message: "The file could not be sent: check your connection and try again.",
        issues: [],
      });
    xhr.onload = () => {
      const payload = xhr.response as {
        id?: string;
        title?: string;
        importNotices?: ImportNotice[];
        error?: { message?: string; issues?: FieldIssue[] };
      } | null;
      if (xhr.status === 201 && payload?.id)
        resolve({
          ok: true,
          id: payload.id,
          title: payload.title ?? "",
          notices: payload.importNotices ?? [],
        });
      else
        resolve({
          ok: false,
          message: payload?.error?.message ?? `The import failed (HTTP ${xhr.status}). Try again.`,
          issues: payload?.error?.issues ?? [],
        });
    };
    if (body instanceof FormData) xhr.send(body);
    else {
      xhr.setRequestHeader("content-type", "application/json");
      xhr.send(JSON.stringify(body));
    }
  });
}
