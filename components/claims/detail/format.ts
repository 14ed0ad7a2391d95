// Plain-language dates and labels for the claim detail.
import type { Priority } from "@/lib/validation/claims";

export const PRIORITY_LABEL: Record<Priority, string> = {
  LOW: "Low",
  NORMAL: "Normal",
  HIGH: "High",
  URGENT: "Urgent",
};

// Made on first use: building a formatter loads locale data, which pages that import this
// module for something else (the workspace opening) should not wait for.
let dayFormat: Intl.DateTimeFormat | undefined;
const getDayFormat = () =>
  (dayFormat ??= new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }));

/** "21 May 2024" for an ISO date or timestamp (days are UTC days, as the server stores them). */
export function formatDay(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : getDayFormat().format(date);
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export type DueState = "overdue" | "today" | "upcoming";

/** A due date is a day: overdue once that day has passed. Finished claims are never overdue. */
export function dueStateOf(dueAt: string, status: string, now = new Date()): DueState | null {
  if (status === "VERIFIED" || status === "DISMISSED") return null;
  const dueDay = dueAt.slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  if (dueDay < today) return "overdue";
  return dueDay === today ? "today" : "upcoming";
}
