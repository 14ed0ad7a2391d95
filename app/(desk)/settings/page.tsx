import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser();
  return (
    <main className="mx-auto max-w-xl space-y-6 px-4 py-6">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="text-sm text-slate-600">
          Signed in as {user.name} ({user.email}).
        </p>
      </div>
      <ChangePasswordForm email={user.email} />
    </main>
  );
}
