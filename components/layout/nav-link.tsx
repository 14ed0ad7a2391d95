"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { isCurrentSection } from "@/components/layout/nav-items";

// Prefetched on intent (pointer over it, or keyboard focus), not when it comes into view:
// three prefetches while a page opens compete with its own work on a small machine.
// Next 16's documented hover-triggered prefetch (docs/01-app/02-guides/prefetching.md):
// `prefetch={false}` until then, `null` (the default behaviour) after.
// Class names are joined by hand: tailwind-merge (`cn`) builds its configuration on
// first use, which the top bar would otherwise pay for on every page's open.
const BASE = "rounded px-2.5 py-1.5 hover:bg-slate-100 hover:text-slate-900";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const [intent, setIntent] = useState(false);
  const active = isCurrentSection(href, pathname);
  const showIntent = () => setIntent(true);
  return (
    <Link
      href={href}
      prefetch={intent ? null : false}
      onPointerEnter={showIntent}
      onFocus={showIntent}
      aria-current={active ? "page" : undefined}
      className={`${BASE} ${active ? "bg-slate-100 font-medium text-slate-900" : "text-slate-700"}`}
    >
      {children}
    </Link>
  );
}
