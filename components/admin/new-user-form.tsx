"use client";
import { useState } from "react";
import { toast } from "sonner";
import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldError, fieldClass, Input, Label } from "@/components/ui/input";
import { ROLE_LABEL } from "@/components/layout/role-label";
import { ROLES, type Role } from "@/lib/domain/permissions";
import { cn } from "@/lib/utils";
import { PasswordNotice } from "@/components/admin/password-notice";
import { callAdminApi, issueAt } from "@/components/admin/admin-api";

const EMPTY = { email: "", name: "", role: "CHECKER" as Role, password: "" };

// 18 characters from a 56-symbol alphabet without look-alikes (0/O, 1/l/I): about 104 bits.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
function generatePassword(): string {
  const bytes = crypto.getRandomValues(new Uint32Array(18));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** Adds an account with an initial password the manager passes on privately. */
export function NewUserForm({ onCreated }: { onCreated: () => Promise<void> }) {
  const [fields, setFields] = useState(EMPTY);
  const [issues, setIssues] = useState<{ path: string; message: string }[]>([]);
  const [pending, setPending] = useState(false);
  // The initial password stays on screen until dismissed: only its hash is kept.
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await callAdminApi<{ name: string; email: string }>("users", {
      method: "POST",
      body: fields,
    });
    setPending(false);
    if (!result.ok) {
      setIssues(result.issues);
      if (result.issues.length === 0) toast.error(result.message);
      return;
    }
    setIssues([]);
    setCreated({ name: result.data.name, password: fields.password });
    setFields(EMPTY);
    toast.success(`Added ${result.data.name}.`);
    await onCreated();
  }

  const describedBy = (name: string, help = false) =>
    `new-user-${name}-error${help ? ` new-user-${name}-help` : ""}`;

  return (
    <div className="space-y-3">
      {created && (
        <PasswordNotice
          title={`Initial password for ${created.name}`}
          explanation="Give it to them privately; it is shown only now. They can change it in Settings once signed in."
          password={created.password}
          onDismiss={() => setCreated(null)}
        />
      )}
      <form onSubmit={submit} noValidate className="rounded-lg border border-slate-200 bg-white p-4">
        <h3 className="mb-3 text-sm font-semibold">New user</h3>
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="space-y-1">
            <Label htmlFor="new-user-email">Email</Label>
            <Input
              id="new-user-email"
              type="email"
              autoComplete="off"
              value={fields.email}
              onChange={(e) => set("email", e.target.value)}
              aria-invalid={Boolean(issueAt(issues, "email"))}
              aria-describedby={describedBy("email")}
            />
            <FieldError id="new-user-email-error" message={issueAt(issues, "email")} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="new-user-name">Name</Label>
            <Input
              id="new-user-name"
              autoComplete="off"
              value={fields.name}
              onChange={(e) => set("name", e.target.value)}
              maxLength={120}
              aria-invalid={Boolean(issueAt(issues, "name"))}
              aria-describedby={describedBy("name")}
            />
            <FieldError id="new-user-name-error" message={issueAt(issues, "name")} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="new-user-role">Role</Label>
            <select
              id="new-user-role"
              className={cn(fieldClass, "h-9")}
              value={fields.role}
              onChange={(e) => set("role", e.target.value as Role)}
              aria-invalid={Boolean(issueAt(issues, "role"))}
              aria-describedby={describedBy("role")}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </select>
            <FieldError id="new-user-role-error" message={issueAt(issues, "role")} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="new-user-password">Initial password</Label>
            <div className="flex gap-2">
              {/* Shown as text: the manager has to pass it on, and it must not be saved as theirs. */}
              <Input
                id="new-user-password"
                autoComplete="off"
                spellCheck={false}
                className="font-mono"
                value={fields.password}
                onChange={(e) => set("password", e.target.value)}
                aria-invalid={Boolean(issueAt(issues, "password"))}
                aria-describedby={describedBy("password", true)}
              />
              <Button variant="outline" onClick={() => set("password", generatePassword())}>
                Generate
              </Button>
            </div>
            <p id="new-user-password-help" className="text-xs text-slate-600">
              At least 12 characters.
            </p>
            <FieldError id="new-user-password-error" message={issueAt(issues, "password")} />
          </div>
        </div>
        <div className="mt-4 flex justify-end">
          <Button type="submit" disabled={pending}>
            <UserPlus aria-hidden="true" />
            {pending ? "Adding…" : "Add user"}
          </Button>
        </div>
      </form>
    </div>
  );
}
