"use client";
// One series of bars (verified per day, overdue per checker, articles per gate). Named by
// its summary for screen readers; the table beside it carries the numbers and the links.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function SimpleBarChart({
  data,
  category,
  value,
  label,
  summary,
  colour = "#2563eb",
}: {
  data: Record<string, string | number | null>[];
  category: string;
  value: string;
  label: string;
  summary: string;
  colour?: string;
}) {
  return (
    <div role="img" aria-label={summary} className="h-48 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey={category} tick={{ fontSize: 11 }} minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={48} />
          <Tooltip />
          <Bar dataKey={value} name={label} fill={colour} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
