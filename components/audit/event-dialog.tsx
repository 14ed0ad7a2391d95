"use client";
// One audit event in full: who, what, when, why, the fields it changed and its place in
// the hash chain.
import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { describeAction } from "@/components/audit/actions";
import type { AuditEventView } from "@/components/audit/api";
import { EventChanges } from "@/components/audit/event-changes";

const exact = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export function EventDialog({ event, onClose }: { event: AuditEventView | null; onClose: () => void }) {
  return (
    <Dialog.Root open={event !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(52rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-lg">
          {event && (
            <>
              <div className="flex items-start justify-between gap-4">
                <Dialog.Title className="text-base font-semibold">
                  Event {event.seq}: {describeAction(event.action)}
                </Dialog.Title>
                <Dialog.Close asChild>
                  <Button variant="ghost" size="icon" aria-label="Close">
                    <X aria-hidden="true" />
                  </Button>
                </Dialog.Close>
              </div>
              <Dialog.Description className="mt-1 text-sm text-slate-700">
                {event.actor ? event.actor.name : "System"} · {exact(event.at)} UTC ·{" "}
                <span className="font-mono text-xs">{event.action}</span>
              </Dialog.Description>
              {event.reason && (
                <p className="mt-2 text-sm text-slate-800">
                  <span className="font-medium">Reason:</span> {event.reason}
                </p>
              )}
              {(event.article ?? event.claim) && (
                <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
                  {event.article && (
                    <>
                      <dt className="text-slate-600">Article</dt>
                      <dd className="text-slate-900">{event.article.title}</dd>
                    </>
                  )}
                  {event.claim && (
                    <>
                      <dt className="text-slate-600">Claim</dt>
                      <dd className="font-serif text-slate-900">“{event.claim.quote}”</dd>
                    </>
                  )}
                </dl>
              )}
              {event.context && (
                <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
                  <dt className="text-slate-600">Request</dt>
                  <dd className="font-mono break-all text-slate-900">{event.context.requestId}</dd>
                  <dt className="text-slate-600">Address</dt>
                  <dd className="font-mono text-slate-900">{event.context.ip ?? "unknown"}</dd>
                  <dt className="text-slate-600">Browser</dt>
                  <dd className="break-all text-slate-900">{event.context.userAgent ?? "unknown"}</dd>
                </dl>
              )}
              <h3 className="mt-4 mb-1 text-sm font-semibold text-slate-900">What changed</h3>
              <EventChanges before={event.before} after={event.after} />
              <h3 className="mt-4 mb-1 text-sm font-semibold text-slate-900">Chain</h3>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
                <dt className="text-slate-600">Hash</dt>
                <dd className="font-mono break-all text-slate-900">{event.hash}</dd>
                <dt className="text-slate-600">Previous hash</dt>
                <dd className="font-mono break-all text-slate-900">{event.prevHash}</dd>
              </dl>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
