// The dashboard's date range: whole days in UTC, both ends included. Days are ISO dates
// ("2026-12-03"); a day runs from its midnight UTC to the next.

export const DAY_MS = 86_400_000;
/** The longest range the dashboard computes: a leap year. */
export const MAX_RANGE_DAYS = 366;
/** The range when none is asked for: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;

export interface DayRange {
  from: string;
  to: string;
}

/** The UTC day an instant falls on. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Midnight UTC at the start of `day`. */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(startOfDay(day).getTime() + days * DAY_MS));
}

/** How many days the range covers, both ends included (0 or less when `from` is after `to`). */
export function rangeLength(range: DayRange): number {
  return Math.round((startOfDay(range.to).getTime() - startOfDay(range.from).getTime()) / DAY_MS) + 1;
}

/** Every day of the range, in order. */
export function daysOf(range: DayRange): string[] {
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The range a request means: both ends as given; one end alone is the 30 days starting or
 * ending there; neither is the last 30 days up to today (UTC).
 */
export function resolveRange(asked: Partial<DayRange>, now: Date): DayRange {
  if (asked.from && asked.to) return { from: asked.from, to: asked.to };
  if (asked.from) return { from: asked.from, to: addDays(asked.from, DEFAULT_RANGE_DAYS - 1) };
  const to = asked.to ?? dayOf(now);
  return { from: addDays(to, -(DEFAULT_RANGE_DAYS - 1)), to };
}

/**
 * How long after a UTC day ends it counts as closed, so its figures may be rolled up for
 * good: longer than any write stamped before midnight can take to commit (a transaction
 * waits at most 15 s for its turn and runs at most 30 s) and than app servers' clocks
 * disagree.
 */
export const CLOSE_AFTER_MS = 10 * 60_000;

/** The first UTC day that is not closed at `now`: every day before it is. */
export function firstOpenDay(now: Date): string {
  return dayOf(new Date(now.getTime() - CLOSE_AFTER_MS));
}
