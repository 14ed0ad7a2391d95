import type { ApprovalsRequired } from "@/lib/validation/admin";
import { ApprovalsSetting } from "@/components/admin/approvals-setting";
import { RatingScaleEditor } from "@/components/admin/rating-scale-editor";
import { UserTable } from "@/components/admin/user-table";
import type { AdminRating, AdminUser } from "@/components/admin/types";

const SECTIONS = [
  { id: "scale", title: "Verdict scale" },
  { id: "users", title: "Users" },
  { id: "settings", title: "Settings" },
] as const;

/** The managers' administration page: verdict scale, users and workspace settings. */
export function AdminView({
  ratings,
  users,
  usersNextCursor,
  approvalsRequired,
  currentUserId,
}: {
  ratings: AdminRating[];
  users: AdminUser[];
  /** The next page of users, when there are more than a page. */
  usersNextCursor?: string | null;
  approvalsRequired: ApprovalsRequired;
  currentUserId: string;
}) {
  return (
    <main className="mx-auto max-w-[1100px] px-4 py-6">
      <h1 className="text-xl font-semibold">Administration</h1>
      <nav aria-label="Administration sections" className="mt-2 flex gap-4 text-sm">
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`} className="text-blue-800 underline-offset-4 hover:underline">
            {s.title}
          </a>
        ))}
      </nav>

      <section id="scale" aria-labelledby="scale-title" className="mt-8 scroll-mt-16">
        <h2 id="scale-title" className="text-lg font-semibold">
          Verdict scale
        </h2>
        <p className="mt-1 mb-3 max-w-3xl text-sm text-slate-700">
          The ratings fact-checkers choose from, in this order. Each maps to a schema.org ClaimReview rating.
          A retired rating stays on the verdicts that used it but cannot be chosen for new ones.
        </p>
        <RatingScaleEditor initialRatings={ratings} />
      </section>

      <section id="users" aria-labelledby="users-title" className="mt-10 scroll-mt-16">
        <h2 id="users-title" className="text-lg font-semibold">
          Users
        </h2>
        <p className="mt-1 mb-3 max-w-3xl text-sm text-slate-700">
          A disabled account cannot sign in; its work stays under its name. The workspace always keeps at
          least one enabled manager.
        </p>
        <UserTable
          initialUsers={users}
          initialNextCursor={usersNextCursor ?? null}
          currentUserId={currentUserId}
        />
      </section>

      <section id="settings" aria-labelledby="settings-title" className="mt-10 scroll-mt-16">
        <h2 id="settings-title" className="mb-3 text-lg font-semibold">
          Settings
        </h2>
        <ApprovalsSetting initial={approvalsRequired} />
      </section>
    </main>
  );
}
