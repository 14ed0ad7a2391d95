// "Checked text changed": shown wherever a claim's words now differ from the words its
// approved verdict checked (the card, the review queue, the open claim), with a word-level
// diff from the checked words to the current ones. Never colour alone: an icon, a title
// and the diff's own struck-through and underlined words.
import type * as React from "react";
import { FileWarning } from "lucide-react";
import { WordDiff } from "@/components/ui/word-diff";
import { cn } from "@/lib/utils";

export function StaleCheckNotice({
  checkedQuote,
  quote,
  className,
  children,
}: {
  checkedQuote: string;
  quote: string;
  className?: string;
  /** What the viewer can do about it (the open claim's Re-confirm), below the diff. */
  children?: React.ReactNode;
}) {
  return (
    <div
      data-stale-notice
      className={cn(
        "rounded border border-amber-600 bg-amber-50 px-2 py-1.5 text-xs text-slate-900",
        className,
      )}
    >
      <p className="inline-flex items-center gap-1 font-semibold text-amber-950">
        <FileWarning className="size-3.5 shrink-0" aria-hidden="true" />
        Checked text changed
      </p>
      <p className="mt-0.5 text-slate-700">The verdict checked other words. Checked text → current text:</p>
      <WordDiff
        before={checkedQuote}
        after={quote}
        className="mt-1 font-serif text-[13px] leading-snug text-slate-900"
      />
      {children}
    </div>
  );
}
