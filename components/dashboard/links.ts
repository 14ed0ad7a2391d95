// Where each figure leads: the list behind it. The desk's ?status= (article status) and
// ?assigneeId= filters and the audit explorer's ?action=&from=&to= are the lists there are.

export function deskByStatus(status: string): string {
  return `/?${new URLSearchParams({ status })}`;
}

export function deskByAssignee(assigneeId: string): string {
  return `/?${new URLSearchParams({ assigneeId })}`;
}

export function auditOf(action: string, from: string, to: string): string {
  return `/audit?${new URLSearchParams({ action, from, to })}`;
}

export function dashboardCsvHref(range: { from: string; to: string }): string {
  return `/api/v1/dashboard/csv?${new URLSearchParams(range)}`;
}

export function formatHours(ms: number | null): string {
  if (ms === null) return "—";
  const hours = ms / 3_600_000;
  return hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} h`;
}
