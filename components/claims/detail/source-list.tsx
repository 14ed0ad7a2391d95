"use client";
// The claim's evidence. Its assigned fact-checker and managers add, edit and remove sources
// while the claim is open or being researched; in review and after, the list is the record.
// The server decides (detail.can); this only leaves out the controls it would refuse.
import { useEffect, useRef, useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ClaimDetailData } from "@/components/claims/detail/api";
import { SectionHeading } from "@/components/claims/detail/form-bits";
import { SourceForm } from "@/components/claims/detail/source-form";
import { SourceItem } from "@/components/claims/detail/source-item";

const NEW = "new";
const EDITABLE_STATUSES: readonly string[] = ["OPEN", "RESEARCHING"];

export function SourceList({ detail, onChanged }: { detail: ClaimDetailData; onChanged: () => void }) {
  // One form at a time, so every label on screen belongs to one field: NEW or a source id.
  const [editing, setEditing] = useState<string | null>(null);
  const editable = detail.can.manageSources && EDITABLE_STATUSES.includes(detail.status);
  const headingId = `sources-${detail.id}`;
  const section = useRef<HTMLElement>(null);
  // Closing a form returns focus to the button that opened it (or to "Add source").
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (editing !== null || refocus === null) return;
    const target =
      section.current?.querySelector<HTMLElement>(`[data-edit-source="${refocus}"]`) ??
      section.current?.querySelector<HTMLElement>("[data-add-source]");
    target?.focus();
    setRefocus(null);
  }, [editing, refocus, detail.sources]);
  const close = () => {
    setRefocus(editing ?? NEW);
    setEditing(null);
  };
  const done = () => {
    close();
    onChanged();
  };

  return (
    <section ref={section} aria-labelledby={headingId} className="flex flex-col gap-2">
      <SectionHeading
        id={headingId}
        aside={detail.sources.length > 0 ? `${detail.sources.length}` : undefined}
      >
        Sources
      </SectionHeading>
      {detail.sources.length === 0 && editing !== NEW && (
        <p className="text-xs text-slate-600">No sources yet.</p>
      )}
      {detail.sources.length > 0 && (
        <ul className="flex flex-col gap-1.5">
          {detail.sources.map((source) => (
            <li key={source.id}>
              {editing === source.id ? (
                <SourceForm
                  claimId={detail.id}
                  source={source}
                  canUnflag={detail.can.unflagSensitive}
                  onSaved={done}
                  onCancel={close}
                />
              ) : (
                <SourceItem
                  source={source}
                  editable={editable && editing === null}
                  onEdit={() => setEditing(source.id)}
                  onRemoved={() => {
                    setRefocus(NEW);
                    onChanged();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editing === NEW && (
        <SourceForm
          claimId={detail.id}
          canUnflag={detail.can.unflagSensitive}
          onSaved={done}
          onCancel={close}
        />
      )}
      {editable && editing === null && (
        <Button
          size="sm"
          variant="outline"
          className="self-start"
          data-add-source
          onClick={() => setEditing(NEW)}
        >
          <Plus aria-hidden="true" />
          Add source
        </Button>
      )}
      {detail.can.manageSourcesRefusal && EDITABLE_STATUSES.includes(detail.status) && (
        <p className="text-xs text-slate-600">{detail.can.manageSourcesRefusal}</p>
      )}
      {detail.can.manageSources && !editable && (
        <p className="text-xs text-slate-600">
          Sources are locked at this stage; they change again once the claim is back in research.
        </p>
      )}
    </section>
  );
}
