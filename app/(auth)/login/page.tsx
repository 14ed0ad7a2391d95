import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";
import { NoAccountsYet } from "@/components/auth/no-accounts-yet";
import { safeCallbackPath } from "@/lib/domain/auth/safe-callback-path";
import { getEnv } from "@/lib/env";
import { hasAnyUser } from "@/lib/server/users/has-any-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; passwordChanged?: string }>;
}) {
  const { callbackUrl, passwordChanged } = await searchParams;
  // Only paths on this app's origin: a sign-in link must not bounce people to another site.
  const next = safeCallbackPath(callbackUrl, getEnv().publicUrl);
  const anyone = await hasAnyUser();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">Claimdesk</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">Sign in to the fact-checking desk.</p>
        {anyone ? (
          <LoginForm
            next={next}
            notice={
              passwordChanged === "1"
                ? "Your password was changed and your sessions were ended. Sign in with the new password."
                : undefined
            }
          />
        ) : (
          <NoAccountsYet />
        )}
      </div>
    </main>
  );
}
