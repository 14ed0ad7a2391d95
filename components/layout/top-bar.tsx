import Link from "next/link";
import { Newspaper } from "lucide-react";
import { UserMenu } from "@/components/layout/user-menu";
import { NavLink } from "@/components/layout/nav-link";
import { navItemsFor } from "@/components/layout/nav-items";
import { PhoneMenu } from "@/components/layout/phone-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { SearchBox } from "@/components/search/search-box";
import type { Role } from "@/lib/domain/permissions";

/**
 * The desk's top bar. From lg the sections are a row of links; below it (phones, tablets)
 * they fold into one Menu button, so the search, the bell and the user menu always fit.
 */
export function TopBar({ user }: { user: { name: string; email: string; role: Role } }) {
  const items = navItemsFor(user.role);
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-12 max-w-[1400px] items-center gap-2 px-2 sm:px-4 lg:gap-6">
        <div className="lg:hidden">
          <PhoneMenu items={items} />
        </div>
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-semibold text-slate-900">
          <Newspaper className="size-5" aria-hidden="true" />
          <span className="max-sm:sr-only">Claimdesk</span>
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-1 text-sm lg:flex">
          {items.map((item) => (
            <NavLink key={item.href} href={item.href}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        {/* Below lg the search is an icon button: this side keeps its size; from lg it takes the room. */}
        <div className="ml-auto flex shrink-0 items-center justify-end gap-1 sm:gap-2 lg:min-w-0 lg:flex-1 lg:shrink">
          <SearchBox />
          <NotificationBell />
          <UserMenu user={user} />
        </div>
      </div>
    </header>
  );
}
