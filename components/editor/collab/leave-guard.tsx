"use client";
// Leaving the article while some changes have not reached the server warns first: a
// reload or closing the tab (the browser's own prompt), and any link, in-app ones included
// (our dialog, while the changes keep being sent; once they are, the page moves on).
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { AlertDialog } from "radix-ui";
import { Button } from "@/components/ui/button";
import type { ArticleSync } from "@/components/editor/collab/article-sync";

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

  const unsent = sync?.unsent() ?? 0;
  return (
    <AlertDialog.Root open={target !== null} onOpenChange={(open) => !open && setTarget(null)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-lg">
          <AlertDialog.Title className="text-base font-semibold">
            Your last changes are still being sent
          </AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-700">
            {unsent === 1 ? "1 change has" : `${unsent} changes have`} not reached the server yet. Stay until
            they are sent (this page moves on by itself once they are), or leave now and lose them.
          </AlertDialog.Description>
          <div className="mt-5 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="outline">Stay</Button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <Button
                variant="destructive"
                onClick={() => {
                  if (!target) return;
                  sync?.stop();
                  window.location.assign(target.href);
                }}
              >
                Leave anyway
              </Button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
