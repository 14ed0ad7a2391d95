"use client";
import { useCallback, useEffect, useState } from "react";
import Link from "next/link";
import { Popover } from "radix-ui";
import { Bell } from "lucide-react";
import { Button } from "@/components/ui/button";
import { RelativeTime } from "@/components/ui/relative-time";
import { cn } from "@/lib/utils";

// Types only (erased at build): the shape stays the use case's own, never a copy.
// eslint-disable-next-line no-restricted-imports -- a type import pulls no server code into the bundle
import type { NotificationView as Item } from "@/lib/server/notifications/list-notifications";

interface Group {
  key: string;
  article: Item["article"];
  items: Item[];
}

const POLL_MS = 30_000;
const FIRST_LOAD_WITHIN_MS = 2_000;

/** The notifications by article, the article with the newest one first. */
function groupByArticle(items: Item[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const key = item.article?.id ?? "";
    let group = groups.get(key);
    if (!group) {
      group = { key, article: item.article, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

function sendRead(body: { all: true } | { ids: string[] }): Promise<unknown> {
  // keepalive: opening a notification navigates away; the request must still arrive.
  return fetch("/api/v1/notifications/read", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    keepalive: true,
  }).catch(() => undefined);
}

/**
 * The bell: unread count (polled), the latest notifications grouped by article, read when
 * opened, and "mark all read".
 */
export function NotificationBell() {
  const [data, setData] = useState<{ unread: number; items: Item[] }>({ unread: 0, items: [] });
  const load = useCallback(async () => {
    try {
      const response = await fetch("/api/v1/notifications", { cache: "no-store" });
      if (response.ok) setData((await response.json()) as { unread: number; items: Item[] });
    } catch {
      // Offline for a moment: the next poll tries again; the bell keeps what it showed.
    }
  }, []);
  useEffect(() => {
    // The first count waits until the page is idle: it must not compete with what the page
    // opens (an article's editor) for the network and the main thread.
    const idle = typeof window.requestIdleCallback === "function";
    const first = idle
      ? window.requestIdleCallback(() => void load(), { timeout: FIRST_LOAD_WITHIN_MS })
      : window.setTimeout(() => void load(), 0);
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      if (idle) window.cancelIdleCallback(first);
      else window.clearTimeout(first);
      clearInterval(timer);
    };
  }, [load]);

  async function markAllRead() {
    await sendRead({ all: true });
    await load();
  }

  function open(item: Item) {
    if (item.read) return;
    setData((current) => ({
      unread: Math.max(0, current.unread - 1),
      items: current.items.map((n) => (n.id === item.id ? { ...n, read: true } : n)),
    }));
    void sendRead({ ids: [item.id] });
  }

  const label = data.unread > 0 ? `Notifications, ${data.unread} unread` : "Notifications";
  return (
    <Popover.Root onOpenChange={(open) => open && void load()}>
      <Popover.Trigger asChild>
        <Button variant="ghost" size="icon" aria-label={label} className="relative">
          <Bell aria-hidden="true" />
          {data.unread > 0 && (
            <span
              aria-hidden="true"
              className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-700 px-1 text-[10px] leading-4 font-semibold text-white"
            >
              {data.unread > 99 ? "99+" : data.unread}
            </span>
          )}
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          className="z-50 w-96 rounded-md border border-slate-200 bg-white text-sm shadow-md"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
            <h2 className="font-semibold">Notifications</h2>
            {data.unread > 0 && (
              <Button size="sm" variant="link" onClick={() => void markAllRead()}>
                Mark all read
              </Button>
            )}
          </div>
          {data.items.length === 0 ? (
            <p className="px-3 py-6 text-center text-slate-600">Nothing yet.</p>
          ) : (
            <div className="max-h-96 overflow-y-auto">
              {groupByArticle(data.items).map((group) => (
                <section key={group.key} aria-label={group.article?.title ?? "Other"}>
                  <h3 className="sticky top-0 truncate border-b border-slate-100 bg-slate-50 px-3 py-1 text-xs font-semibold text-slate-700">
                    {group.article?.title ?? "Other"}
                  </h3>
                  <ul className="divide-y divide-slate-100">
                    {group.items.map((n) => (
                      <li key={n.id} className={cn("px-3 py-2", !n.read && "bg-blue-50")}>
                        {n.href ? (
                          <Popover.Close asChild>
                            <Link
                              href={n.href}
                              onClick={() => open(n)}
                              className="text-slate-900 hover:underline"
                            >
                              {n.message}
                            </Link>
                          </Popover.Close>
                        ) : (
                          <span>{n.message}</span>
                        )}
                        <div className="text-xs text-slate-600">
                          {!n.read && <span className="sr-only">Unread. </span>}
                          <RelativeTime iso={n.createdAt} />
                        </div>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
          <div className="border-t border-slate-200 px-3 py-2 text-xs">
            <Popover.Close asChild>
              <Link href="/settings#notifications" className="text-slate-700 hover:underline">
                Choose what notifies you
              </Link>
            </Popover.Close>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
