import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-lg font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-600">This page or article does not exist, or it was removed.</p>
      <Link href="/" className="mt-6 inline-block text-sm text-blue-800 underline">
        Back to the desk
      </Link>
    </main>
  );
}
