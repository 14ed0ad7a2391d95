import type { Metadata } from "next";
import Link from "next/link";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { RangeForm } from "@/components/dashboard/range-form";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { explainDenial } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { DEFAULT_RANGE_DAYS } from "@/lib/domain/dashboard/date-range";

export const metadata: Metadata = { title: "Dashboard" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser();
  const denial = explainDenial(user, "dashboard.view");
  if (denial) {
    // The API refuses too (403); the page says why instead of an empty dashboard.
    return (
      <main className="mx-auto max-w-xl px-4 py-16 text-center">
        <h1 className="text-lg font-semibold">Dashboard</h1>
        <p role="alert" className="mt-2 text-sm text-slate-700">
          {denial}
        </p>
        <Link href="/" className="mt-6 inline-block text-sm text-blue-800 underline">
          Back to the desk
        </Link>
      </main>
    );
  }
  const params = await searchParams;
  const asked = {
    from: typeof params.from === "string" && params.from !== "" ? params.from : undefined,
    to: typeof params.to === "string" && params.to !== "" ? params.to : undefined,
  };
  let figures = null;
  const errors: Partial<Record<"from" | "to", string>> = {};
  try {
    figures = await getDashboard(asked, user);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "validation") throw error;
    for (const issue of error.issues ?? []) {
      if (issue.path === "from" || issue.path === "to") errors[issue.path] ??= issue.message;
    }
  }
  const shown = figures?.range ?? { from: asked.from ?? "", to: asked.to ?? "" };
  return (
    <main className="mx-auto grid max-w-[1400px] grid-cols-1 gap-4 px-4 py-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold">Dashboard</h1>
          <p className="mt-1 text-sm text-slate-600">Where work stands and where it is stuck.</p>
        </div>
        <RangeForm from={shown.from} to={shown.to} errors={errors} />
      </div>
      {figures ? (
        <DashboardView figures={figures} />
      ) : (
        <p className="text-sm text-slate-700">
          Fix the dates to see the figures, or{" "}
          <Link className="text-blue-800 underline" href="/dashboard">
            show the last {DEFAULT_RANGE_DAYS} days
          </Link>
          .
        </p>
      )}
    </main>
  );
}
