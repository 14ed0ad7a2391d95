import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { NotificationPreferencesForm } from "@/components/settings/notification-preferences-form";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { getNotificationPreferences } from "@/lib/server/notifications/notification-preferences";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  const notifications = await getNotificationPreferences(user);
  return (
    <main className="mx-auto max-w-xl space-y-6 px-4 py-6">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="text-sm text-slate-600">
          Signed in as {user.name} ({user.email}).
        </p>
      </div>
      <NotificationPreferencesForm initial={notifications} />
      <ChangePasswordForm email={user.email} />
    </main>
  );
}
