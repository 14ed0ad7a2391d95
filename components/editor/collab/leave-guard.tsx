"use client";
// Leaving the article while some changes have not reached the server warns first: a
// reload or closing the tab (the browser's own prompt), and any link, in-app ones included
// (our dialog, while the changes keep being sent; once they are, the page moves on). This
// holds from the first keystroke, before the live connection (and its sync) has started:
// the editor's own count of unsent steps decides until then.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ArticleSync } from "@/components/editor/collab/article-sync";
// Part of the page, not loaded on demand: the warning must show when the connection is gone.
import { LeaveDialog } from "@/components/editor/collab/leave-dialog";

export function LeaveGuard({
  sync,
  unsentBeforeSync,
}: {
  sync: ArticleSync | null;
  /** Unsent steps in the editor while `sync` is not there yet. */
  unsentBeforeSync: () => number;
}) {
  const router = useRouter();
  const [target, setTarget] = useState<URL | null>(null);
  const syncRef = useRef(sync);
  const unsentRef = useRef(unsentBeforeSync);
  useEffect(() => {
    syncRef.current = sync;
    unsentRef.current = unsentBeforeSync;
  });

  const unsent = () => syncRef.current?.unsent() ?? unsentRef.current();

  useEffect(() => {
    const pending = () => syncRef.current?.unsent() ?? unsentRef.current();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (pending() > 0 && !syncRef.current?.stopped) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const link =
        event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      const samePage = url.pathname === window.location.pathname && url.search === window.location.search;
      if (samePage || pending() === 0 || syncRef.current?.stopped) return;
      // Before Next's Link sees the click (capture phase on the document).
      event.preventDefault();
      event.stopPropagation();
      setTarget(url);
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, []);

  // Someone is leaving: send what is left (once the sync is there), then go.
  useEffect(() => {
    if (!target || !sync) return;
    let cancelled = false;
    void sync.flush().then((sent) => {
      if (!sent || cancelled) return;
      setTarget(null);
      if (target.origin === window.location.origin)
        router.push(`${target.pathname}${target.search}${target.hash}`);
      else window.location.assign(target.href);
    });
    return () => {
      cancelled = true;
    };
  }, [target, sync, router]);

  if (target === null) return null;
  return (
    <LeaveDialog
      unsent={unsent()}
      onStay={() => setTarget(null)}
      onLeave={() => {
        sync?.stop();
        window.location.assign(target.href);
      }}
    />
  );
}
