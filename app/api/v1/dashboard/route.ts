import { NextResponse } from "next/server";
import { endpoint } from "@/lib/server/http/endpoint";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { dashboardRangeFromSearchParams } from "@/lib/validation/dashboard";

export const GET = endpoint({
  access: "dashboard.view",
  async handle({ actor, url }) {
    return NextResponse.json(await getDashboard(dashboardRangeFromSearchParams(url.searchParams), actor));
  },
});
