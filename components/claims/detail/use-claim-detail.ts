"use client";
// Loads one claim's detail and keeps it current: every mutation's result (or a refetch)
// replaces it, and the owner hears about each change.
import { useCallback, useEffect, useRef, useState } from "react";
import { claimApi, toApiError, type ApiError, type ClaimDetailData } from "@/components/claims/detail/api";

export type DetailState =
  { kind: "loading" } | { kind: "failed"; error: ApiError } | { kind: "ready"; detail: ClaimDetailData };

export function useClaimDetail(claimId: string, onChanged: (detail: ClaimDetailData) => void) {
  const [state, setState] = useState<DetailState>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const onChangedRef = useRef(onChanged);
  const currentId = useRef(claimId);
  useEffect(() => {
    onChangedRef.current = onChanged;
    currentId.current = claimId;
  });

  useEffect(() => {
    let live = true;
    setState({ kind: "loading" });
    claimApi.get(claimId).then(
      (detail) => live && setState({ kind: "ready", detail }),
      (error: unknown) => live && setState({ kind: "failed", error: toApiError(error) }),
    );
    return () => {
      live = false;
    };
  }, [claimId, attempt]);

  /** Shows a detail the server returned after a change, and tells the owner. */
  const apply = useCallback((detail: ClaimDetailData) => {
    // A reply for a claim that is no longer shown must not replace the new one.
    if (detail.id !== currentId.current) return;
    setState({ kind: "ready", detail });
    onChangedRef.current(detail);
  }, []);

  /** Refetches after a change whose reply is not the whole detail (sources, comments). */
  const refresh = useCallback(async () => {
    apply(await claimApi.get(claimId));
  }, [apply, claimId]);

  /** Refetches quietly when something outside (an article save) may have changed the claim. */
  const sync = useCallback(() => {
    claimApi.get(claimId).then(
      (detail) => detail.id === currentId.current && setState({ kind: "ready", detail }),
      () => undefined,
    );
  }, [claimId]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, apply, refresh, sync, retry };
}
