// How the sign-in route tells the form that attempts are paused: next-auth passes the
// message of an error thrown in `authorize` to the client as `error`.
export const THROTTLED_ERROR_PREFIX = "throttled:";

/** "Too many attempts. Try again in N minutes." for a next-auth error, or null. */
export function throttledNotice(error: string | null | undefined): string | null {
  if (!error?.startsWith(THROTTLED_ERROR_PREFIX)) return null;
  const seconds = Number(error.slice(THROTTLED_ERROR_PREFIX.length));
  const minutes = Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 60) / 60));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
