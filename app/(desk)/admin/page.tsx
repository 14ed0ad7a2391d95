import type { Metadata } from "next";
import { AdminForbidden } from "@/components/admin/admin-forbidden";
import { AdminView } from "@/components/admin/admin-view";
import { AppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { getWorkspaceSettings } from "@/lib/server/settings/get-workspace-settings";
import { listUsersPage } from "@/lib/server/users/list-users";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  const user = await requirePageUser();
  const loaded = await Promise.all([getWorkspaceSettings(user), listUsersPage({}, user)]).catch(
    (error: unknown) => {
      // The use cases decide who may administer; the page only shows their refusal.
      if (error instanceof AppError && error.code === "forbidden") return null;
      throw error;
    },
  );
  if (!loaded) return <AdminForbidden />;
  const [{ ratings, approvalsRequired }, { users, nextCursor }] = loaded;
  return (
    <AdminView
      ratings={ratings}
      users={users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }))}
      usersNextCursor={nextCursor}
      approvalsRequired={approvalsRequired}
      currentUserId={user.id}
    />
  );
}
