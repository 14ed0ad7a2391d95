"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active =
    href === "/" ? pathname === "/" || pathname.startsWith("/articles") : pathname.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "rounded px-2.5 py-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900",
        active && "bg-slate-100 font-medium text-slate-900",
      )}
    >
      {children}
    </Link>
  );
}
