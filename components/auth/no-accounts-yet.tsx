import { FIRST_MANAGER_COMMAND } from "@/lib/domain/auth/first-manager-command";

/** The sign-in page of a workspace nobody has an account in yet: the operator's first step. */
export function NoAccountsYet() {
  return (
    <section aria-labelledby="no-accounts" className="space-y-3 text-sm text-slate-700">
      <h2 id="no-accounts" className="font-semibold text-slate-900">
        No accounts yet
      </h2>
      <p>Nobody can sign in to this workspace yet. Whoever runs the server creates the first manager with:</p>
      <pre className="overflow-x-auto rounded-md bg-slate-100 p-2 text-xs text-slate-900">
        <code>{FIRST_MANAGER_COMMAND}</code>
      </pre>
      <p>It prints a generated password once. Reload this page afterwards to sign in.</p>
    </section>
  );
}
