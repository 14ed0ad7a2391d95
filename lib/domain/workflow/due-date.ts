// Due dates: a day, compared in UTC, the way the queues decide what is overdue.

/** The day of a due date or of now, as YYYY-MM-DD in UTC. */
function dayOf(date: Date | string): string {
  return (typeof date === "string" ? new Date(date) : date).toISOString().slice(0, 10);
}

/**
 * The reason a new due date cannot be set, or null: a day before today would make the
 * claim overdue the moment it is assigned. Keeping a due date that has since passed is
 * fine (the claim is overdue, and says so); only setting one is checked.
 */
export function pastDueDateProblem(dueAt: Date | string, now = new Date()): string | null {
  if (Number.isNaN(new Date(dueAt).getTime())) return null;
  const day = dayOf(dueAt);
  return day < dayOf(now) ? `The due date ${day} is in the past: choose today or a later day.` : null;
}
