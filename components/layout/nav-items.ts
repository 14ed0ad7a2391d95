import { can, type Role } from "@/lib/domain/permissions";

export interface NavItem {
  href: string;
  label: string;
}

/** The top bar's destinations for a role: the same list on a wide screen and in the phone menu. */
export function navItemsFor(role: Role): NavItem[] {
  return [
    { href: "/", label: "Desk" },
    { href: "/queue", label: "My queue" },
    { href: "/review", label: "Review queue" },
    ...(can({ id: "", role }, "dashboard.view") ? [{ href: "/dashboard", label: "Dashboard" }] : []),
    ...(role === "MANAGER"
      ? [
          { href: "/audit", label: "Audit" },
          { href: "/admin", label: "Admin" },
        ]
      : []),
  ];
}

/** Whether `href` is the section the page at `pathname` belongs to (articles belong to the desk). */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" || pathname.startsWith("/articles") : pathname.startsWith(href);
}
