// zod schema for the dashboard's date range (`?from=&to=`), shared by the API and the page.
import { z } from "@/lib/validation/zod";
import { MAX_RANGE_DAYS, rangeLength } from "@/lib/domain/dashboard/date-range";

const day = (what: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${what} date as an ISO date (2026-11-28).`)
      .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
        message: `The ${what} date is not a day of the calendar.`,
      })
      .optional(),
  );

export const ZDashboardRange = z.object({ from: day("From"), to: day("To") }).superRefine((range, ctx) => {
  if (!range.from || !range.to) return;
  const length = rangeLength({ from: range.from, to: range.to });
  if (length < 1) {
    ctx.addIssue({
      code: "custom",
      path: ["from"],
      message: `The From date (${range.from}) is after the To date (${range.to}).`,
    });
  } else if (length > MAX_RANGE_DAYS) {
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: `The range covers ${length} days; choose at most ${MAX_RANGE_DAYS}.`,
    });
  }
});
export type DashboardRangeInput = z.input<typeof ZDashboardRange>;

export function dashboardRangeFromSearchParams(params: URLSearchParams): DashboardRangeInput {
  return { from: params.get("from") ?? undefined, to: params.get("to") ?? undefined };
}
