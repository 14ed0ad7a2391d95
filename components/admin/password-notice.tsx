"use client";
import { useId, useRef } from "react";
import { toast } from "sonner";
import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";

/**
 * A password a manager just set (a new account's, or a reset), shown once: it stays on
 * screen until dismissed (the server keeps only its hash, so it cannot be shown again).
 */
export function PasswordNotice({
  title,
  explanation,
  password,
  onDismiss,
}: {
  title: string;
  explanation: string;
  password: string;
  onDismiss: () => void;
}) {
  const field = useRef<HTMLInputElement>(null);
  const titleId = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      toast.success("Copied.");
    } catch {
      field.current?.select();
    }
  }
  return (
    <section
      role="region"
      aria-labelledby={titleId}
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <h3 id={titleId} className="font-semibold text-amber-950">
        {title}
      </h3>
      <p className="mt-1 text-amber-950">{explanation}</p>
      <div className="mt-3 flex gap-2">
        <input
          ref={field}
          aria-label={title}
          readOnly
          value={password}
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 w-full max-w-xs rounded-md border border-amber-400 bg-white px-3 font-mono text-slate-900"
        />
        <Button variant="outline" onClick={() => void copy()}>
          <Copy aria-hidden="true" />
          Copy
        </Button>
        <Button onClick={onDismiss}>Done</Button>
      </div>
    </section>
  );
}
