"use client";
// Claims by status at the end of each day, stacked. Decorative for screen readers: the
// table beside it carries the same numbers (and its summary is the chart's name).
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CLAIM_STATUS_LABEL, CLAIM_STATUSES } from "@/lib/domain/claims/claim-status";
import type { StatusSeriesPoint } from "@/lib/domain/dashboard/status-series";

// Status colours of the design (OPEN grey, RESEARCHING blue, IN_REVIEW amber, VERIFIED green, DISMISSED muted).
const COLOURS = {
  OPEN: "#64748b",
  RESEARCHING: "#2563eb",
  IN_REVIEW: "#d97706",
  VERIFIED: "#16a34a",
  DISMISSED: "#cbd5e1",
} as const;

export function StatusChart({ series, summary }: { series: StatusSeriesPoint[]; summary: string }) {
  return (
    <div role="img" aria-label={summary} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart
          data={series}
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={48} />
          <Tooltip />
          <Legend />
          {CLAIM_STATUSES.map((status) => (
            <Area
              key={status}
              type="stepAfter"
              dataKey={status}
              name={CLAIM_STATUS_LABEL[status]}
              stackId="claims"
              stroke={COLOURS[status]}
              fill={COLOURS[status]}
              fillOpacity={0.6}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
