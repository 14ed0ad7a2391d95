"use client";
// Opening an article shows the text first: what the workspace adds around the editor (the
// claims panel, the event stream) waits until the editor has painted, so its script and
// renders do not stand between a reader and the text.
import { startTransition, useEffect, useState } from "react";

/** False until `ready` has been true through one painted frame. */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run before it paints; a task queued there runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
