// A word-level diff of two texts (jsdiff's diffWords). Removed words are struck through
// and inserted ones underlined, besides their colour, and each is named for screen readers.
import { diffWords } from "diff";
import { cn } from "@/lib/utils";

export function WordDiff({
  before,
  after,
  className,
}: {
  before: string;
  after: string;
  className?: string;
}) {
  const parts = diffWords(before, after);
  return (
    <p className={cn("break-words whitespace-pre-wrap", className)}>
      {parts.map((part, i) => {
        if (part.removed) {
          return (
            <del
              key={i}
              className="rounded-sm bg-red-50 text-red-900 line-through decoration-red-800 decoration-2"
            >
              <span className="sr-only">[removed: </span>
              {part.value}
              <span className="sr-only">]</span>
            </del>
          );
        }
        if (part.added) {
          return (
            <ins
              key={i}
              className="rounded-sm bg-green-50 text-green-900 underline decoration-green-800 decoration-2 underline-offset-2"
            >
              <span className="sr-only">[added: </span>
              {part.value}
              <span className="sr-only">]</span>
            </ins>
          );
        }
        return <span key={i}>{part.value}</span>;
      })}
    </p>
  );
}
