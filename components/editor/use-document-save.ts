"use client";
// Saving an article: autosave after a pause, save-now on Mod-S, one request at a time,
// every request carrying the version it is based on. A conflict stops saving until the
// person decides; nothing they typed is thrown away. A change to a cleared article's claim
// is held back until the person writes the public correction note it needs.
import { useCallback, useEffect, useRef, useState } from "react";
import type { ArticleStatusName, ClaimStatusName } from "@/lib/domain/claims/claim-status";
import type { DocJSON } from "@/lib/domain/document/types";

export interface SavedClaim {
  id: string;
  quote: string;
  start: number;
  end: number;
  status: ClaimStatusName;
  orphaned: boolean;
  rating: string | null;
}

export type SaveState =
  | { kind: "saved" }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; currentVersion: number | null }
  | { kind: "correction" };

/** A change the server will record as a public correction (article cleared before). */
export interface CorrectionPrompt {
  claimId: string;
  kind: "TEXT" | "VERDICT";
  summary: string;
}

/** Why the last save was refused until a public correction note is given. */
export interface CorrectionRequest {
  message: string;
  corrections: CorrectionPrompt[];
}

const AUTOSAVE_DELAY_MS = 1200;
const RETRY_DELAY_MS = 5000;

interface Options {
  articleId: string;
  initialVersion: number;
  initialClaims: SavedClaim[];
  getDoc: () => DocJSON;
  /** The article's status after a save (a save can send a cleared article back to check). */
  onArticleStatus: (status: ArticleStatusName) => void;
  /** The size of the article's corrections log after a save. */
  onCorrectionCount?: (count: number) => void;
}

export function useDocumentSave({
  articleId,
  initialVersion,
  initialClaims,
  getDoc,
  onArticleStatus,
  onCorrectionCount,
}: Options) {
  const [state, setState] = useState<SaveState>({ kind: "saved" });
  const [version, setVersion] = useState(initialVersion);
  const [claims, setClaims] = useState<SavedClaim[]>(initialClaims);
  const [pendingRemovals, setPendingRemovals] = useState<ReadonlySet<string>>(new Set());
  const [correction, setCorrection] = useState<CorrectionRequest | null>(null);
  const versionRef = useRef(initialVersion);
  const removalsRef = useRef(new Set<string>());
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);
  const inFlight = useRef(false);
  const conflict = useRef(false);
  /** The note given for the unsaved changes: retries carry it until a save succeeds. */
  const noteRef = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const saveNow = useCallback(
    async (note?: string): Promise<void> => {
      clearTimeout(timer.current);
      if (note) noteRef.current = note;
      const correctionNote = noteRef.current;
      if (inFlight.current || conflict.current) return;
      if (savedSeq.current === changeSeq.current) {
        setState({ kind: "saved" });
        return;
      }
      inFlight.current = true;
      const seq = changeSeq.current;
      const removeClaimIds = [...removalsRef.current];
      setState({ kind: "saving" });
      try {
        const response = await fetch(`/api/v1/articles/${articleId}/document`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            baseVersion: versionRef.current,
            doc: getDoc(),
            removeClaimIds,
            ...(correctionNote ? { correctionNote } : {}),
          }),
        });
        const body = (await response.json().catch(() => null)) as SaveResponse | null;
        if (response.ok && body && "version" in body) {
          versionRef.current = body.version;
          setVersion(body.version);
          setClaims(body.claims);
          onArticleStatus(body.status);
          onCorrectionCount?.(body.correctionCount);
          for (const id of removeClaimIds) removalsRef.current.delete(id);
          setPendingRemovals(new Set(removalsRef.current));
          savedSeq.current = seq;
          setCorrection(null);
          noteRef.current = null;
          setState(seq === changeSeq.current ? { kind: "saved" } : { kind: "unsaved" });
        } else if (
          response.status === 422 &&
          body &&
          "error" in body &&
          body.error.code === "correction_required"
        ) {
          setCorrection({ message: body.error.message, corrections: body.error.corrections ?? [] });
          setState({ kind: "correction" });
        } else if (
          response.status === 409 &&
          body &&
          "error" in body &&
          body.error.code === "version_conflict"
        ) {
          conflict.current = true;
          setState({ kind: "conflict", currentVersion: body.error.currentVersion ?? null });
        } else {
          setState({ kind: "failed", message: describeFailure(response.status, body) });
        }
      } catch {
        setState({
          kind: "failed",
          message: "Could not reach the server. Your text is kept here; retrying shortly.",
        });
        timer.current = setTimeout(() => void saveNow(), RETRY_DELAY_MS);
      } finally {
        inFlight.current = false;
      }
      if (!conflict.current && changeSeq.current !== savedSeq.current && seq !== changeSeq.current) {
        timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
      }
    },
    [articleId, getDoc, onArticleStatus, onCorrectionCount],
  );

  /** Call after every change of the document. */
  const noteChange = useCallback(() => {
    changeSeq.current += 1;
    if (conflict.current) return;
    setState((s) => (s.kind === "saving" ? s : { kind: "unsaved" }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  const requestRemoval = useCallback(
    (id: string) => {
      removalsRef.current.add(id);
      setPendingRemovals(new Set(removalsRef.current));
      changeSeq.current += 1;
      void saveNow();
    },
    [saveNow],
  );

  /** After the person loaded the latest version: start again from it. */
  const resetTo = useCallback((next: { version: number; claims: SavedClaim[] }) => {
    clearTimeout(timer.current);
    versionRef.current = next.version;
    setVersion(next.version);
    setClaims(next.claims);
    removalsRef.current.clear();
    setPendingRemovals(new Set());
    conflict.current = false;
    setCorrection(null);
    savedSeq.current = changeSeq.current;
    setState({ kind: "saved" });
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (savedSeq.current !== changeSeq.current || inFlight.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      clearTimeout(timer.current);
    };
  }, []);

  /** After a claim's workflow moved (claim card actions): show its new status at once. */
  const patchClaim = useCallback((id: string, patch: Partial<SavedClaim>) => {
    setClaims((list) => list.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  }, []);

  return {
    state,
    version,
    claims,
    pendingRemovals,
    correction,
    saveNow,
    noteChange,
    requestRemoval,
    resetTo,
    patchClaim,
  };
}

type SaveResponse =
  | { version: number; claims: SavedClaim[]; status: ArticleStatusName; correctionCount: number }
  | {
      error: { code: string; message: string; currentVersion?: number; corrections?: CorrectionPrompt[] };
    };

function describeFailure(status: number, body: SaveResponse | null): string {
  if (status === 401) return "Your session has ended. Sign in again in a new tab; your text is kept here.";
  if (body && "error" in body) return body.error.message;
  return "The server could not save this version. Your text is kept here.";
}
