"use client";
import { DropdownMenu } from "radix-ui";
import Link from "next/link";
import { ChevronDown, CircleUser, LogOut, Settings } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { ROLE_LABEL } from "@/components/layout/role-label";
import type { Role } from "@/lib/domain/permissions";

export function UserMenu({ user }: { user: { name: string; email: string; role: Role } }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700">
        {/* On a phone: an icon; the name and role stay the button's accessible name. */}
        <CircleUser className="size-5 text-slate-700 sm:hidden" aria-hidden="true" />
        <span className="font-medium max-sm:sr-only">{user.name}</span>
        <Badge className="border-slate-300 bg-slate-50 text-slate-700 max-sm:sr-only">
          {ROLE_LABEL[user.role]}
        </Badge>
        <ChevronDown className="size-4 text-slate-500" aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-52 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-md"
        >
          <div className="px-2 py-1.5 text-slate-600">{user.email}</div>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item
            asChild
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-slate-100"
          >
            <Link href="/settings">
              <Settings className="size-4" aria-hidden="true" />
              Settings
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            onSelect={() => void signOutToLogin()}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-[highlighted]:bg-slate-100"
          >
            <LogOut className="size-4" aria-hidden="true" />
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** next-auth's client (with its own runtime helpers) loads only when someone signs out. */
async function signOutToLogin(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/login" });
}
