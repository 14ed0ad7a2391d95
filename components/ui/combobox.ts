"use client";
// What every combobox that asks the server as you type shares (the top bar's search, the
// audit explorer's article picker): a debounced request per query, the superseded one
// aborted, and the arrow keys' walk through the options (WAI-ARIA combobox pattern).
import { useEffect, useRef, useState } from "react";

export type QueryState<T> =
  | { kind: "idle" }
  | { kind: "loading"; results: T | null }
  | { kind: "done"; results: T }
  | { kind: "error"; message: string };

const DEBOUNCE_MS = 200;

/**
 * Answers for `query` from `load`, `delayMs` after the last change; a blank query (after
 * trimming) is idle. While a new answer loads, the previous one stays (no flicker).
 */
export function useDebouncedQuery<T>(
  query: string,
  load: (query: string, signal: AbortSignal) => Promise<T>,
  options: { delayMs?: number; onResults?: (results: T) => void } = {},
): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ kind: "idle" });
  const latest = useRef({ load, onResults: options.onResults });
  latest.current = { load, onResults: options.onResults };
  const trimmed = query.trim();
  const delayMs = options.delayMs ?? DEBOUNCE_MS;

  const [shown, setShown] = useState(trimmed);
  if (shown !== trimmed) {
    setShown(trimmed);
    if (!trimmed) setState({ kind: "idle" });
  }

  useEffect(() => {
    if (!trimmed) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ kind: "loading", results: s.kind === "done" ? s.results : null }));
      latest.current.load(trimmed, controller.signal).then(
        (results) => {
          if (controller.signal.aborted) return;
          setState({ kind: "done", results });
          latest.current.onResults?.(results);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({
            kind: "error",
            message: error instanceof Error ? error.message : "Search failed. Try again.",
          });
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, delayMs]);

  return state;
}

/** The option the arrow keys move to from `current` (-1: none) among `count`, wrapping round. */
export function nextActiveIndex(current: number, key: "ArrowDown" | "ArrowUp", count: number): number {
  if (count === 0) return -1;
  if (key === "ArrowDown") return (current + 1) % count;
  return current <= 0 ? count - 1 : current - 1;
}
