import type { Metadata } from "next";
import Link from "next/link";
import { AuditExplorer } from "@/components/audit/audit-explorer";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage() {
  const user = await requirePageUser();
  // The API refuses others too (403); the page only spares them an empty explorer.
  if (user.role !== "MANAGER") {
    return (
      <main className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="text-lg font-semibold">Audit trail</h1>
        <p role="alert" className="mt-2 text-sm text-slate-700">
          Only managers can read the audit trail.
        </p>
        <Link href="/" className="mt-6 inline-block text-sm text-blue-800 underline">
          Back to the desk
        </Link>
      </main>
    );
  }
  return <AuditExplorer />;
}
