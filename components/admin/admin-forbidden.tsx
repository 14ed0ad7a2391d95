import Link from "next/link";

/** What a non-manager sees at /admin: the server refused, so nothing else is rendered. */
export function AdminForbidden() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-lg font-semibold">Administration</h1>
      <p role="alert" className="mt-2 text-sm text-slate-700">
        Only managers can administer the workspace.
      </p>
      <Link href="/" className="mt-6 inline-block text-sm text-blue-800 underline">
        Back to the desk
      </Link>
    </main>
  );
}
