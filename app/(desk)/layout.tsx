import { TopBar } from "@/components/layout/top-bar";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <div className="flex min-h-screen flex-col">
      {/* The first Tab stop: past the top bar's links and menus to the page itself. */}
      <a
        href="#content"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-blue-900 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <TopBar user={{ name: user.name, email: user.email, role: user.role }} />
      <div id="content" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </div>
    </div>
  );
}
