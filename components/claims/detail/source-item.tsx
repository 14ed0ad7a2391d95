"use client";
// One source as evidence reads: its title (opening the page in a new tab), who published
// it, what kind it is, how reliable, when it was read, the excerpt relied on and a note.
import { ExternalLink, Lock, Pencil, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { claimApi, type DetailSource } from "@/components/claims/detail/api";
import { FormAlert } from "@/components/claims/detail/form-bits";
import { formatDay } from "@/components/claims/detail/format";
import { useSubmit } from "@/components/claims/detail/use-submit";
import { RELIABILITY_LABEL, SOURCE_KIND_LABEL } from "@/lib/validation/claims";
import { cn } from "@/lib/utils";

const RELIABILITY_TONE = {
  HIGH: "text-green-900",
  MEDIUM: "text-slate-800",
  LOW: "text-red-800",
  UNKNOWN: "text-slate-600",
} as const;

// The server accepts only web addresses; this keeps any other scheme from becoming a link.
function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

export function SourceItem({
  source,
  editable,
  onEdit,
  onRemoved,
}: {
  source: DetailSource;
  editable: boolean;
  onEdit: () => void;
  onRemoved: () => void;
}) {
  const remove = useSubmit();
  const title = source.title;
  return (
    <article
      className="flex flex-col gap-1 rounded-md border border-slate-200 p-2"
      data-source-id={source.id}
    >
      <div className="flex items-start gap-1.5">
        {isWebAddress(source.url) ? (
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="min-w-0 font-medium break-words text-blue-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700"
          >
            {title}
            <ExternalLink className="ml-1 inline size-3" aria-hidden="true" />
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          <span className="min-w-0 font-medium break-words text-slate-900">{title}</span>
        )}
        {source.sensitive && (
          <Badge className="ml-auto shrink-0 border-amber-300 bg-amber-50 text-amber-900">
            <Lock aria-hidden="true" />
            Sensitive
          </Badge>
        )}
      </div>
      <p className="text-xs text-slate-600">
        {source.publisher && <span className="text-slate-800">{source.publisher} · </span>}
        {SOURCE_KIND_LABEL[source.kind]} · Reliability:{" "}
        <span className={cn("font-medium", RELIABILITY_TONE[source.reliability])}>
          {RELIABILITY_LABEL[source.reliability]}
        </span>{" "}
        · Accessed <time dateTime={source.accessedAt}>{formatDay(source.accessedAt)}</time>
      </p>
      {source.excerpt && (
        <blockquote className="border-l-2 border-slate-300 pl-2 font-serif text-[13px] whitespace-pre-wrap text-slate-800">
          {source.excerpt}
        </blockquote>
      )}
      {source.note && (
        <p className="text-xs whitespace-pre-wrap text-slate-700">
          <span className="font-medium text-slate-900">Note:</span> {source.note}
        </p>
      )}
      {editable && (
        <div className="flex gap-1">
          <Button
            size="sm"
            variant="ghost"
            className="h-7 px-2 text-xs"
            data-edit-source={source.id}
            onClick={onEdit}
          >
            <Pencil aria-hidden="true" className="size-3.5" />
            Edit<span className="sr-only"> source: {title}</span>
          </Button>
          <ConfirmButton
            size="sm"
            variant="ghost"
            className="h-7 px-2 text-xs text-red-800 hover:bg-red-50"
            disabled={remove.pending}
            title="Remove this source?"
            description={`“${title}” leaves this claim’s evidence. The audit trail keeps a record of it and of who removed it.`}
            confirmLabel="Remove source"
            onConfirm={() => {
              void remove
                .run(() => claimApi.removeSource(source.id), "Source removed.")
                .then((r) => {
                  if (r) onRemoved();
                });
            }}
          >
            <Trash2 aria-hidden="true" className="size-3.5" />
            Remove<span className="sr-only"> source: {title}</span>
          </ConfirmButton>
        </div>
      )}
      <FormAlert error={remove.error} />
    </article>
  );
}
