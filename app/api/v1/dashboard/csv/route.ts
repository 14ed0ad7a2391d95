import { endpoint } from "@/lib/server/http/endpoint";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { dashboardCsv } from "@/lib/domain/dashboard/dashboard-csv";
import { dashboardRangeFromSearchParams } from "@/lib/validation/dashboard";

/** The dashboard's numbers for the same `?from=&to=` as a CSV download. */
export const GET = endpoint({
  access: "dashboard.view",
  async handle({ actor, url }) {
    const figures = await getDashboard(dashboardRangeFromSearchParams(url.searchParams), actor);
    const name = `claimdesk-dashboard-${figures.range.from}-to-${figures.range.to}.csv`;
    return new Response(dashboardCsv(figures), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
      },
    });
  },
});
