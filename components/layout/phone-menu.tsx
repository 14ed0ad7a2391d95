"use client";
import { DropdownMenu } from "radix-ui";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Menu } from "lucide-react";
import { isCurrentSection, type NavItem } from "@/components/layout/nav-items";

/** The top bar's navigation on a narrow screen: one "Menu" button instead of a row of links. */
export function PhoneMenu({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label="Menu"
        className="flex size-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        <Menu className="size-5" aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-base shadow-md"
        >
          {items.map((item) => {
            const current = isCurrentSection(item.href, pathname);
            return (
              <DropdownMenu.Item
                key={item.href}
                asChild
                className="flex cursor-pointer items-center rounded px-3 py-2.5 outline-none data-[highlighted]:bg-slate-100 aria-[current=page]:font-semibold"
              >
                <Link href={item.href} prefetch={false} aria-current={current ? "page" : undefined}>
                  {item.label}
                </Link>
              </DropdownMenu.Item>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
