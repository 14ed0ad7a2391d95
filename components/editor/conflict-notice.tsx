"use client";
import { AlertTriangle, Copy, RefreshCw } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export function ConflictNotice({
  currentVersion,
  onLoadLatest,
  getMyText,
}: {
  currentVersion: number | null;
  onLoadLatest: () => void;
  getMyText: () => string;
}) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 border-b border-red-300 bg-red-50 px-4 py-3 text-sm text-red-950"
    >
      <p className="flex items-start gap-2">
        <AlertTriangle className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        <span>
          <strong>Someone else saved this article while you were editing</strong>
          {currentVersion ? ` (it is now at version ${currentVersion})` : ""}. Your changes have not been
          saved, and they stay here until you decide. Load the latest version to continue — your text will be
          kept beside it to copy from.
        </span>
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={onLoadLatest}>
          <RefreshCw aria-hidden="true" />
          Load the latest version
        </Button>
        <Button
          size="sm"
          variant="outline"
          onClick={() => {
            navigator.clipboard.writeText(getMyText()).then(
              () => toast.success("Your text is on the clipboard."),
              () => toast.error("The browser refused clipboard access; use the kept text after loading."),
            );
          }}
        >
          <Copy aria-hidden="true" />
          Copy my text
        </Button>
      </div>
    </div>
  );
}

export function KeptDraft({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <section
      aria-labelledby="kept-draft-heading"
      className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm"
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id="kept-draft-heading" className="font-semibold text-amber-950">
          Your unsaved text (kept from before you loaded the latest version)
        </h2>
        <div className="flex gap-2">
          <Button
            size="sm"
            variant="outline"
            onClick={() => {
              navigator.clipboard.writeText(text).then(
                () => toast.success("Copied."),
                () => toast.error("The browser refused clipboard access; select the text and copy it."),
              );
            }}
          >
            <Copy aria-hidden="true" />
            Copy
          </Button>
          <Button size="sm" variant="ghost" onClick={onDismiss}>
            Discard
          </Button>
        </div>
      </div>
      <textarea
        readOnly
        value={text}
        aria-label="Your unsaved text"
        className="h-32 w-full rounded border border-amber-300 bg-white p-2 font-serif text-sm"
      />
    </section>
  );
}
