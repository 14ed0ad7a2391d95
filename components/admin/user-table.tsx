"use client";
import { useState } from "react";
import { toast } from "sonner";
import { AlertDialog } from "radix-ui";
import { AlertDialogBody } from "@/components/ui/alert-dialog-body";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { RelativeTime } from "@/components/ui/relative-time";
import { fieldClass } from "@/components/ui/input";
import { ROLE_LABEL } from "@/components/layout/role-label";
import { ROLES, type Role } from "@/lib/domain/permissions";
import { cn } from "@/lib/utils";
import { callAdminApi } from "@/components/admin/admin-api";
import { NewUserForm } from "@/components/admin/new-user-form";
import { Pager } from "@/components/ui/pager";
import { PasswordNotice } from "@/components/admin/password-notice";
import type { AdminUser } from "@/components/admin/types";

/** What a role may do, said when a manager is about to give it to someone. */
const ROLE_CHANGE_EFFECT: Record<Role, string> = {
  EDITOR: "Editors write and change articles and mark claims; they do not research or approve verdicts.",
  CHECKER:
    "Fact-checkers research the claims assigned to them, propose verdicts and approve colleagues' verdicts.",
  MANAGER:
    "Managers can do everything: assign work, approve verdicts, clear articles, read the audit trail and manage users and their roles.",
};

const articleFor = (role: Role) => (role === "EDITOR" ? "an" : "a");

/** Every account: change its role (confirmed first), disable or enable it, or add a new one. */
export function UserTable({
  initialUsers,
  initialNextCursor = null,
  currentUserId,
}: {
  initialUsers: AdminUser[];
  initialNextCursor?: string | null;
  currentUserId: string;
}) {
  const [users, setUsers] = useState(initialUsers);
  // Paged in place: the cursors of the page shown (null at either end).
  const [pageCursors, setPageCursors] = useState<{ next: string | null; prev: string | null }>({
    next: initialNextCursor,
    prev: null,
  });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [reset, setReset] = useState<{ name: string; password: string } | null>(null);
  const [roleChange, setRoleChange] = useState<{ user: AdminUser; role: Role } | null>(null);

  async function resetPassword(user: AdminUser) {
    setBusyId(user.id);
    const result = await callAdminApi<{ password: string }>(`users/${user.id}/password`, { method: "POST" });
    setBusyId(null);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    setReset({ name: user.name, password: result.data.password });
  }

  async function reload(query = "") {
    const result = await callAdminApi<{
      users: AdminUser[];
      nextCursor: string | null;
      prevCursor: string | null;
    }>(`users${query}`);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    setUsers(result.data.users);
    setPageCursors({ next: result.data.nextCursor, prev: result.data.prevCursor });
  }

  async function patch(user: AdminUser, body: { role: Role } | { disabled: boolean }, success: string) {
    setBusyId(user.id);
    const result = await callAdminApi<AdminUser>(`users/${user.id}`, { method: "PATCH", body });
    setBusyId(null);
    if (!result.ok) {
      toast.error(result.issues[0]?.message ?? result.message);
      return;
    }
    setUsers((list) => list.map((u) => (u.id === user.id ? result.data : u)));
    toast.success(success);
  }

  return (
    <div className="space-y-4">
      {reset && (
        <PasswordNotice
          title={`New password for ${reset.name}`}
          explanation="Give it to them privately; it is shown only now. Their sessions have ended, and they sign in with this password (they can change it in Settings)."
          password={reset.password}
          onDismiss={() => setReset(null)}
        />
      )}
      <AlertDialog.Root open={roleChange !== null} onOpenChange={(open) => !open && setRoleChange(null)}>
        {roleChange && (
          <AlertDialogBody
            title={`Make ${roleChange.user.name} ${articleFor(roleChange.role)} ${ROLE_LABEL[roleChange.role].toLowerCase()}?`}
            description={`${ROLE_CHANGE_EFFECT[roleChange.role]} Their current sessions end; they sign in again.`}
            confirmLabel="Change role"
            onConfirm={() => {
              const { user, role } = roleChange;
              setRoleChange(null);
              void patch(user, { role }, `${user.name} is now ${ROLE_LABEL[role].toLowerCase()}.`);
            }}
          />
        )}
      </AlertDialog.Root>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="stack-table w-full text-sm">
          <caption className="sr-only">Users of this workspace</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Name
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Email
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Role
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Status
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                Added
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => {
              const self = user.id === currentUserId;
              const busy = busyId === user.id;
              return (
                <tr key={user.id} className={user.disabled ? "bg-slate-50 text-slate-600" : undefined}>
                  <td data-label="Name" className="px-3 py-2 font-medium text-slate-900">
                    {user.name}
                    {self && <span className="ml-1.5 text-xs font-normal text-slate-600">(you)</span>}
                  </td>
                  <td data-label="Email" className="px-3 py-2">
                    {user.email}
                  </td>
                  <td data-label="Role" className="px-3 py-2">
                    <select
                      aria-label={`Role of ${user.name}`}
                      className={cn(fieldClass, "h-8 w-auto py-0")}
                      value={user.role}
                      // Managers cannot demote themselves; another manager must.
                      disabled={self || busy}
                      title={self ? "Another manager can change your role." : undefined}
                      // A role is never changed by an arrow key alone: the change is confirmed first.
                      onChange={(e) => setRoleChange({ user, role: e.target.value as Role })}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABEL[role]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label="Status" className="px-3 py-2">
                    {user.disabled ? (
                      <Badge className="border-slate-300 bg-white text-slate-700">Disabled</Badge>
                    ) : (
                      <Badge className="border-green-300 bg-green-50 text-green-900">Active</Badge>
                    )}
                  </td>
                  <td data-label="Added" className="px-3 py-2">
                    <RelativeTime iso={user.createdAt} />
                  </td>
                  <td data-label="Actions" className="space-x-2 px-3 py-2 text-right whitespace-nowrap">
                    {!self && (
                      <ConfirmButton
                        variant="outline"
                        size="sm"
                        aria-label={`Reset password of ${user.name}`}
                        disabled={busy}
                        title={`Reset the password of ${user.name}?`}
                        description="A new password is generated and shown to you once. Their current password stops working and every session of theirs ends."
                        confirmLabel="Reset password"
                        onConfirm={() => void resetPassword(user)}
                      >
                        Reset password
                      </ConfirmButton>
                    )}
                    {self ? null : user.disabled ? (
                      <Button
                        variant="outline"
                        size="sm"
                        aria-label={`Enable ${user.name}`}
                        disabled={busy}
                        onClick={() =>
                          void patch(user, { disabled: false }, `${user.name} can sign in again.`)
                        }
                      >
                        Enable
                      </Button>
                    ) : (
                      <ConfirmButton
                        variant="outline"
                        size="sm"
                        aria-label={`Disable ${user.name}`}
                        disabled={busy}
                        title={`Disable ${user.name}?`}
                        description="They can no longer sign in. Their claims, sources, verdicts and comments stay, under their name, and you can enable the account again."
                        confirmLabel="Disable account"
                        onConfirm={() =>
                          void patch(user, { disabled: true }, `${user.name} can no longer sign in.`)
                        }
                      >
                        Disable
                      </ConfirmButton>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager
        label="User pages"
        previous={pageCursors.prev ? () => void reload(`?before=${pageCursors.prev}`) : null}
        next={pageCursors.next ? () => void reload(`?cursor=${pageCursors.next}`) : null}
      />
      <NewUserForm onCreated={() => reload()} />
    </div>
  );
}
