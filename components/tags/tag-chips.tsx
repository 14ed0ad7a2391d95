// An article's tags as chips: on the desk each one links to the desk filtered by it.
import Link from "next/link";
import { Tag } from "lucide-react";
import { cn } from "@/lib/utils";

export const tagChipClass =
  "inline-flex max-w-full items-center gap-1 rounded-full border border-slate-300 bg-slate-50 px-2 py-0.5 text-xs font-medium text-slate-800";

export function TagChips({
  tags,
  hrefOf,
  label = "Tags",
  className,
}: {
  tags: readonly string[];
  /** Makes each chip a link (the desk filtered by that tag). */
  hrefOf?: (tag: string) => string;
  /** The list's accessible name. */
  label?: string;
  className?: string;
}) {
  if (tags.length === 0)
    return (
      <span className="text-slate-600">
        <span aria-hidden="true">—</span>
        <span className="sr-only">No tags</span>
      </span>
    );
  return (
    <ul aria-label={label} className={cn("flex flex-wrap gap-1", className)}>
      {tags.map((tag) => (
        <li key={tag} className="max-w-full">
          {hrefOf ? (
            <Link
              href={hrefOf(tag)}
              title={`Articles tagged “${tag}”`}
              className={cn(tagChipClass, "hover:border-slate-500 hover:bg-white hover:underline")}
            >
              <Tag aria-hidden="true" className="size-3 shrink-0" />
              <span className="truncate">{tag}</span>
            </Link>
          ) : (
            <span className={tagChipClass}>
              <Tag aria-hidden="true" className="size-3 shrink-0" />
              <span className="truncate">{tag}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
