"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldError, Input, Label } from "@/components/ui/input";
import { ZNewPassword } from "@/lib/validation/users";
import { formText } from "@/lib/validation/form-data";
import type { FieldIssue } from "@/lib/errors";

interface ErrorBody {
  error?: { message?: string; issues?: FieldIssue[] };
}

/**
 * The signed-in person's own password: the current one, then the new one twice. Success
 * ends every session of theirs (this one too), so the page signs out and asks them to
 * sign in with the new password.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const issueAt = (path: string) => issues.find((i) => i.path === path)?.message;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = formText(form, "currentPassword");
    const newPassword = formText(form, "newPassword");
    const confirm = formText(form, "confirmPassword");
    setMessage(undefined);
    const local: FieldIssue[] = [];
    if (!currentPassword) local.push({ path: "currentPassword", message: "Enter your current password." });
    const strength = ZNewPassword.safeParse(newPassword);
    if (!strength.success)
      local.push({ path: "newPassword", message: strength.error.issues[0]?.message ?? "" });
    else if (confirm !== newPassword)
      local.push({ path: "confirmPassword", message: "The two new passwords differ." });
    setIssues(local);
    if (local.length > 0) return;

    setPending(true);
    try {
      const response = await fetch("/api/v1/account/password", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ currentPassword, newPassword }),
      });
      if (response.ok) {
        await signOut({ callbackUrl: "/login?passwordChanged=1" });
        return;
      }
      const body = (await response.json().catch(() => null)) as ErrorBody | null;
      setIssues(body?.error?.issues ?? []);
      if (!body?.error?.issues?.length)
        setMessage(body?.error?.message ?? "Something went wrong. Try again.");
    } catch {
      setMessage("Could not reach the server. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  const field = (name: string, label: string, autoComplete: string, help?: string) => (
    <div className="space-y-1">
      <Label htmlFor={name}>{label}</Label>
      <Input
        id={name}
        name={name}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={Boolean(issueAt(name))}
        aria-describedby={`${name}-error${help ? ` ${name}-help` : ""}`}
      />
      {help && (
        <p id={`${name}-help`} className="text-xs text-slate-600">
          {help}
        </p>
      )}
      <FieldError id={`${name}-error`} message={issueAt(name)} />
    </div>
  );

  return (
    <section aria-labelledby="change-password" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="change-password" className="mb-1 text-lg font-semibold">
        Change password
      </h2>
      <p className="mb-4 text-sm text-slate-600">
        Changing it signs you out everywhere, this browser included.
      </p>
      <form onSubmit={submit} noValidate className="space-y-3">
        {/* For password managers: whose password this is. */}
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        {field("currentPassword", "Current password", "current-password")}
        {field("newPassword", "New password", "new-password", "At least 12 characters.")}
        {field("confirmPassword", "Repeat the new password", "new-password")}
        <div role="alert" aria-live="assertive">
          <FieldError id="change-password-error" message={message} />
        </div>
        <Button type="submit" disabled={pending}>
          <KeyRound aria-hidden="true" />
          {pending ? "Changing…" : "Change password"}
        </Button>
      </form>
    </section>
  );
}
