import { TopBar } from "@/components/layout/top-bar";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <div className="flex min-h-screen flex-col">
      <TopBar user={{ name: user.name, email: user.email, role: user.role }} />
      <div className="flex-1">{children}</div>
    </div>
  );
}
