"use client";
// Leaving the article while some changes have not reached the server warns first: a
// reload or closing the tab (the browser's own prompt), and any link, in-app ones included
// (our dialog, while the changes keep being sent; once they are, the page moves on).
import { useEffect, useState } from "react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import type { ArticleSync } from "@/components/editor/collab/article-sync";

// The dialog's script loads when someone first leaves with changes unsent, not with the page.
const LeaveDialog = dynamic(
  () => import("@/components/editor/collab/leave-dialog").then((m) => m.LeaveDialog),
  { ssr: false },
);

export function LeaveGuard({ sync }: { sync: ArticleSync | null }) {
  const router = useRouter();
  const [target, setTarget] = useState<URL | null>(null);

  useEffect(() => {
    if (!sync) return;
    const go = (url: URL) => {
      if (url.origin === window.location.origin) router.push(`${url.pathname}${url.search}${url.hash}`);
      else window.location.assign(url.href);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (sync.unsent() > 0 && !sync.stopped) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const link =
        event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      const samePage = url.pathname === window.location.pathname && url.search === window.location.search;
      if (samePage || sync.unsent() === 0 || sync.stopped) return;
      // Before Next's Link sees the click (capture phase on the document).
      event.preventDefault();
      event.stopPropagation();
      setTarget(url);
      void sync.flush().then((sent) => {
        if (!sent) return;
        setTarget(null);
        go(url);
      });
    };
    document.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [sync, router]);

  if (target === null) return null;
  return (
    <LeaveDialog
      unsent={sync?.unsent() ?? 0}
      onStay={() => setTarget(null)}
      onLeave={() => {
        sync?.stop();
        window.location.assign(target.href);
      }}
    />
  );
}
