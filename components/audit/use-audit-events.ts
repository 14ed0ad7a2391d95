"use client";
// The filtered audit trail, newest first, one page at a time (keyset: nextCursor).
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { auditApi, type AuditEventView } from "@/components/audit/api";
import { toApiError } from "@/components/claims/detail/api";

type State =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | {
      kind: "ready";
      events: AuditEventView[];
      nextCursor: string | null;
      more: "idle" | "loading" | "failed";
    };

export function useAuditEvents(query: string) {
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const current = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    current.current?.abort();
    current.current = abort;
    setState({ kind: "loading" });
    auditApi.list(query, abort.signal).then(
      (page) => setState({ kind: "ready", events: page.events, nextCursor: page.nextCursor, more: "idle" }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const message = toApiError(error).message;
        setState({ kind: "failed", message });
        toast.error(message);
      },
    );
    return () => abort.abort();
  }, [query, attempt]);

  const loadMore = useCallback(() => {
    if (state.kind !== "ready" || !state.nextCursor || state.more === "loading") return;
    const params = new URLSearchParams(query);
    params.set("cursor", state.nextCursor);
    const signal = current.current?.signal;
    setState({ ...state, more: "loading" });
    auditApi.list(params.toString(), signal).then(
      (page) =>
        setState((s) =>
          s.kind === "ready"
            ? {
                kind: "ready",
                events: [...s.events, ...page.events],
                nextCursor: page.nextCursor,
                more: "idle",
              }
            : s,
        ),
      (error: unknown) => {
        if (signal?.aborted) return;
        setState((s) => (s.kind === "ready" ? { ...s, more: "failed" } : s));
        toast.error(`Could not load more events. ${toApiError(error).message}`);
      },
    );
  }, [query, state]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, loadMore, retry };
}
