import Link from "next/link";
import { Newspaper } from "lucide-react";
import { UserMenu } from "@/components/layout/user-menu";
import { NavLink } from "@/components/layout/nav-link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { Role } from "@/lib/domain/permissions";

export function TopBar({ user }: { user: { name: string; email: string; role: Role } }) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-12 max-w-[1400px] items-center gap-6 px-4">
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-semibold text-slate-900">
          <Newspaper className="size-5" aria-hidden="true" />
          Claimdesk
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <NavLink href="/">Desk</NavLink>
          <NavLink href="/queue">My queue</NavLink>
          <NavLink href="/review">Review queue</NavLink>
          {user.role === "MANAGER" && <NavLink href="/audit">Audit</NavLink>}
          {user.role === "MANAGER" && <NavLink href="/admin">Admin</NavLink>}
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <NotificationBell />
          <UserMenu user={user} />
        </div>
      </div>
    </header>
  );
}
